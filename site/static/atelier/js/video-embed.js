// Loads a YouTube/Vimeo player only after the visitor clicks "play": until then the
// page makes no request to the video platform. Without JavaScript the link opens the
// video on the platform itself.
(function () {
    "use strict";
    function play(figure, event) {
        event.preventDefault();
        var placeholder = figure.querySelector(".c-video__placeholder");
        var frame = document.createElement("div");
        frame.className = "c-video__frame";
        var iframe = document.createElement("iframe");
        iframe.src = figure.getAttribute("data-embed-url");
        iframe.title = figure.getAttribute("data-embed-title") || "Video";
        iframe.allow = "autoplay; fullscreen; picture-in-picture";
        iframe.setAttribute("allowfullscreen", "");
        frame.appendChild(iframe);
        placeholder.replaceWith(frame);
        iframe.focus();
    }
    function init() {
        var figures = document.querySelectorAll("[data-video-embed]");
        Array.prototype.forEach.call(figures, function (figure) {
            var link = figure.querySelector(".c-video__play");
            if (link) {
                link.addEventListener("click", play.bind(null, figure));
            }
        });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
