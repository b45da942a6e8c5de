// A form sent back with mistakes: move the focus to its list of errors, so that a screen
// reader reads it and a keyboard user starts there (the list links to each field).
document.addEventListener("DOMContentLoaded", () => {
    const summary = document.querySelector("[data-focus-on-load]");
    if (summary) {
        summary.focus();
    }
});
