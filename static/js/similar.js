// Progressive enhancement: suggest up to three similar solved cases while the resident types.
(function () {
  "use strict";
  var source = document.getElementById("what_happened");
  var box = document.getElementById("vergelijkbaar");
  if (!source || !box || !window.fetch) { return; }
  var link = box.querySelector("[data-similar-link]");
  var timer = null;
  var last = "";
  function render(results) {
    var old = box.querySelector("ul");
    if (old) { old.remove(); }
    if (!results.length) { return; }
    var list = document.createElement("ul");
    results.forEach(function (r) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = r.url; a.textContent = r.title; a.target = "_blank"; a.rel = "noopener";
      li.appendChild(a);
      if (r.gemeente) { li.appendChild(document.createTextNode(" (" + r.gemeente + ")")); }  // the commons: its source
      list.appendChild(li);
    });
    box.appendChild(list);
  }
  function lookup() {
    var text = source.value.trim();
    if (text.length < 15 || text === last) { return; }
    last = text;
    var words = text.split(/\s+/).slice(0, 12).join(" ");
    if (link) { link.href = "/kennisbank?q=" + encodeURIComponent(words); }
    fetch("/api/v1/knowledge/similar?text=" + encodeURIComponent(text.slice(0, 500)), {credentials: "omit"})
      .then(function (r) { return r.ok ? r.json() : {results: []}; })
      .then(function (data) { render(data.results || []); })
      .catch(function () { /* suggestions are optional */ });
  }
  source.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(lookup, 600); });
})();
