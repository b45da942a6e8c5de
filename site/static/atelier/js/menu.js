/* The main menu as disclosures (WAI-ARIA Authoring Practices, "Disclosure Navigation
   Menu"). On a phone one "Menu" button opens the menu; a submenu opens under its own
   button on any screen. Escape closes what is open and puts the focus back on its button;
   Tab moves through the links. Without this script every link is simply shown. */
(function () {
    "use strict";

    document.documentElement.classList.add("js");
    var WIDE = "(min-width: 48em)";

    function isOpen(button) {
        return button.getAttribute("aria-expanded") === "true";
    }

    function setOpen(button, open) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
    }

    function wide() {
        return window.matchMedia && window.matchMedia(WIDE).matches;
    }

    function init() {
        var header = document.querySelector(".site-header");
        if (!header) {
            return;
        }
        var menuButton = header.querySelector(".site-header__menu-button");
        var toggles = Array.prototype.slice.call(header.querySelectorAll(".main-menu__toggle"));

        function closeSubmenus(except) {
            toggles.forEach(function (toggle) {
                if (toggle !== except) {
                    setOpen(toggle, false);
                }
            });
        }

        if (menuButton) {
            menuButton.hidden = false;
            menuButton.addEventListener("click", function () {
                setOpen(menuButton, !isOpen(menuButton));
            });
        }

        toggles.forEach(function (toggle) {
            var group = toggle.parentNode;
            toggle.addEventListener("click", function () {
                closeSubmenus(toggle);
                setOpen(toggle, !isOpen(toggle));
            });
            // On a wide screen the submenu hangs over the page: it closes when the focus
            // moves on to something outside it.
            group.addEventListener("focusout", function (event) {
                if (wide() && event.relatedTarget && !group.contains(event.relatedTarget)) {
                    setOpen(toggle, false);
                }
            });
        });

        header.addEventListener("keydown", function (event) {
            if (event.key !== "Escape" && event.key !== "Esc") {
                return;
            }
            var openToggle = toggles.filter(isOpen)[0];
            if (openToggle) {
                setOpen(openToggle, false);
                openToggle.focus();
                event.preventDefault();
            } else if (menuButton && isOpen(menuButton)) {
                setOpen(menuButton, false);
                menuButton.focus();
                event.preventDefault();
            }
        });

        document.addEventListener("click", function (event) {
            if (!header.contains(event.target)) {
                closeSubmenus(null);
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
