// The document page: the span in the address (#span-START-END) is outlined and scrolled to.
(function () {
  function mark() {
    var m = /^#span-(\d+)-(\d+)$/.exec(location.hash);
    document.querySelectorAll(".hl.target").forEach(function (a) { a.classList.remove("target"); });
    if (!m) return;
    var start = +m[1], end = +m[2], first = null;
    document.querySelectorAll("#doctext [data-start]").forEach(function (a) {
      if (+a.dataset.start >= start && +a.dataset.end <= end) { a.classList.add("target"); first = first || a; }
    });
    if (first) first.scrollIntoView({block: "center"});
  }
  window.addEventListener("hashchange", mark);
  mark();
})();
