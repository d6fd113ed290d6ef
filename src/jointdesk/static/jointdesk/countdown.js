/* jointdesk countdown: re-renders every [data-due] element every 30 seconds.
 *
 * The server renders the text first (pages work without JavaScript); this only keeps it current.
 * Phrases come translated from <script type="application/json" id="countdown-i18n">.
 * No framework; re-scans after htmx swaps so refreshed tables keep ticking.
 */
(function () {
  "use strict";
  var phrases = null;

  function loadPhrases() {
    var node = document.getElementById("countdown-i18n");
    if (!node) return null;
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }

  function duration(ms) {
    var minutes = Math.floor(Math.abs(ms) / 60000);
    var days = Math.floor(minutes / 1440);
    var hours = Math.floor((minutes % 1440) / 60);
    var mins = minutes % 60;
    if (days) return phrases.dh.replace("%D%", days).replace("%H%", hours);
    if (hours) return phrases.hm.replace("%H%", hours).replace("%M%", mins);
    return phrases.m.replace("%M%", mins);
  }

  function tick() {
    if (!phrases) phrases = loadPhrases();
    if (!phrases) return;
    var now = Date.now();
    var nodes = document.querySelectorAll("[data-due]");
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      var due = Date.parse(node.getAttribute("data-due"));
      if (isNaN(due)) continue;
      var left = due - now;
      if (left >= 0) {
        node.textContent = phrases.left.replace("%LEFT%", duration(left));
        node.classList.remove("overdue");
        node.classList.add("running");
      } else {
        node.textContent = phrases.late.replace("%LATE%", duration(left));
        node.classList.remove("running");
        node.classList.add("overdue");
        var row = node.closest("tr");
        if (row) row.classList.add("overdue");
      }
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    tick();
    window.setInterval(tick, 30000);
  });
  document.addEventListener("htmx:afterSwap", tick);
})();
