/* The search filters come after the results and are folded away on a phone; on a wide
   screen they stand open beside the results. */
(function () {
    "use strict";
    var filters = document.querySelector(".search-filters");
    if (filters && window.matchMedia && window.matchMedia("(min-width: 48em)").matches) {
        filters.open = true;
    }
})();
