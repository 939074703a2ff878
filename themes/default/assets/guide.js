/* GuideBuilder default theme script.
   A classic script on purpose: ES modules, workers, fetch and WebAssembly are blocked on file://,
   and the E-box is opened from a USB stick. The search index arrives as a global
   (window.GUIDE_SEARCH_INDEX) set by search-index.js, loaded with a plain <script> tag. */
(function () {
  "use strict";

  var MAX_RESULTS = 20;
  var SNIPPET_RADIUS = 70;
  var foldCache = {};

  /* Lowercase and strip accents, one character out per character in, so that positions in
     the folded text are positions in the original (for snippets and highlighting). */
  function fold(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var ch = text.charAt(i);
      var folded = foldCache[ch];
      if (folded === undefined) {
        folded = ch.normalize ? ch.normalize("NFD").charAt(0).toLowerCase() : ch.toLowerCase();
        if (folded.length !== 1) { folded = ch; }
        foldCache[ch] = folded;
      }
      out += folded;
    }
    return out;
  }

  function isWordChar(ch) {
    return /[0-9a-z\u00c0-\u024f]/.test(ch);
  }

  /* Positions where term starts a word (prefix matching). */
  function wordStarts(haystack, term) {
    var found = [];
    var from = 0;
    while (true) {
      var at = haystack.indexOf(term, from);
      if (at < 0) { return found; }
      if (at === 0 || !isWordChar(haystack.charAt(at - 1))) { found.push(at); }
      from = at + 1;
    }
  }

  function terms(query) {
    return fold(query).split(/[^0-9a-z\u00c0-\u024f]+/).filter(function (t) { return t.length >= 2; });
  }

  function prepare(index) {
    if (index.prepared) { return index; }
    index.entries = index.sections.map(function (s) {
      var page = index.pages[s[0]];
      return { page: page, anchor: s[1], heading: s[2], text: s[3],
        foldedTitle: fold(page.t), foldedHeading: fold(s[2] || ""), foldedText: fold(s[3]) };
    });
    index.prepared = true;
    return index;
  }

  function search(index, query) {
    var wanted = terms(query);
    if (wanted.length === 0) { return []; }
    var results = [];
    prepare(index).entries.forEach(function (entry) {
      var score = 0;
      var first = -1;
      for (var i = 0; i < wanted.length; i++) {
        var inText = wordStarts(entry.foldedText, wanted[i]);
        var inHeading = wordStarts(entry.foldedHeading, wanted[i]).length;
        var inTitle = wordStarts(entry.foldedTitle, wanted[i]).length;
        if (inText.length + inHeading + inTitle === 0) { return; }
        score += inText.length + 6 * inHeading + 3 * inTitle;
        if (first < 0 && inText.length > 0) { first = inText[0]; }
      }
      results.push({ entry: entry, score: score, first: first });
    });
    results.sort(function (a, b) { return b.score - a.score; });
    return results.slice(0, MAX_RESULTS).map(function (r) { r.terms = wanted; return r; });
  }

  /* Appends text to a node with every search term marked, building DOM nodes (never HTML). */
  function appendMarked(node, text, wanted) {
    var folded = fold(text);
    var marks = [];
    wanted.forEach(function (term) {
      wordStarts(folded, term).forEach(function (at) { marks.push([at, at + term.length]); });
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    marks.forEach(function (m) {
      if (m[0] < pos) { return; }
      node.appendChild(document.createTextNode(text.slice(pos, m[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m[0], m[1]);
      node.appendChild(mark);
      pos = m[1];
    });
    node.appendChild(document.createTextNode(text.slice(pos)));
  }

  function snippet(result) {
    var text = result.entry.text;
    if (result.first < 0) { return text.slice(0, SNIPPET_RADIUS * 2) + (text.length > SNIPPET_RADIUS * 2 ? "…" : ""); }
    var start = Math.max(0, result.first - SNIPPET_RADIUS);
    var end = Math.min(text.length, result.first + SNIPPET_RADIUS);
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
  }

  function initSearch(box) {
    var index = window.GUIDE_SEARCH_INDEX;
    var input = box.querySelector(".search-input");
    var panel = box.querySelector(".search-panel");
    var list = box.querySelector(".search-results");
    var status = box.querySelector(".search-status");
    var root = document.documentElement.getAttribute("data-root") || "";
    var selected = -1;
    if (!index || !input) { box.hidden = true; return; }

    function close() {
      panel.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      selected = -1;
    }

    function select(i) {
      var items = list.children;
      if (items.length === 0) { return; }
      selected = (i + items.length) % items.length;
      for (var k = 0; k < items.length; k++) { items[k].setAttribute("aria-selected", k === selected ? "true" : "false"); }
      input.setAttribute("aria-activedescendant", items[selected].id);
      items[selected].scrollIntoView({ block: "nearest" });
    }

    function show() {
      var query = input.value;
      list.textContent = "";
      selected = -1;
      if (terms(query).length === 0) { close(); return; }
      var results = search(index, query);
      results.forEach(function (result, i) {
        var entry = result.entry;
        var item = document.createElement("li");
        item.id = "search-result-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        var link = document.createElement("a");
        link.href = root + entry.page.u + (entry.anchor ? "#" + entry.anchor : "");
        link.style.setProperty("--tab", entry.page.c);
        link.tabIndex = -1;
        var where = document.createElement("span");
        where.className = "search-result-where";
        where.textContent = entry.page.n ? entry.page.n + " · " + entry.page.t : entry.page.t;
        var title = document.createElement("span");
        title.className = "search-result-title";
        appendMarked(title, entry.heading || entry.page.t, result.terms);
        var text = document.createElement("span");
        text.className = "search-result-snippet";
        appendMarked(text, snippet(result), result.terms);
        link.appendChild(where);
        link.appendChild(title);
        link.appendChild(text);
        item.appendChild(link);
        list.appendChild(item);
      });
      status.textContent = results.length === 0
        ? box.getAttribute("data-no-results").replace("{query}", query)
        : box.getAttribute("data-results").replace("{count}", String(results.length));
      panel.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    input.addEventListener("input", show);
    input.addEventListener("focus", function () { if (input.value) { show(); } });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); if (panel.hidden) { show(); } select(selected + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); select(selected - 1); }
      else if (event.key === "Enter") {
        var target = selected >= 0 ? list.children[selected] : list.children[0];
        if (target) { event.preventDefault(); close(); window.location.href = target.querySelector("a").href; }
      } else if (event.key === "Escape") {
        /* As a search field would: the first Escape closes the results, the next clears the query. */
        if (panel.hidden) { input.value = ""; }
        close();
      }
    });
    document.addEventListener("click", function (event) { if (!box.contains(event.target)) { close(); } });
  }

  /* Toggletips on glossary terms: a button shows the definition written after it (a disclosure),
     on click, Enter or Space (the button's own keys); Escape or a click elsewhere closes it, and
     Escape brings the focus back to the button when it was inside the tip. One is open at a time. */
  function initTermTips() {
    var toggles = document.querySelectorAll(".term-toggle[aria-controls]");
    if (toggles.length === 0) { return; }

    function tipOf(toggle) { return document.getElementById(toggle.getAttribute("aria-controls")); }

    function setOpen(toggle, open) {
      var tip = tipOf(toggle);
      if (!tip) { return; }
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      tip.hidden = !open;
      if (open && tip.scrollIntoView) { tip.scrollIntoView({ block: "nearest" }); }
    }

    function openToggles() { return document.querySelectorAll(".term-toggle[aria-expanded=\"true\"]"); }

    function closeAll(except) {
      var open = openToggles();
      for (var i = 0; i < open.length; i++) { if (open[i] !== except) { setOpen(open[i], false); } }
    }

    for (var i = 0; i < toggles.length; i++) {
      toggles[i].addEventListener("click", function (event) {
        var toggle = event.currentTarget;
        var open = toggle.getAttribute("aria-expanded") !== "true";
        closeAll(toggle);
        setOpen(toggle, open);
      });
    }

    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") { return; }
      var open = openToggles();
      for (var k = 0; k < open.length; k++) {
        var tip = tipOf(open[k]);
        var focusInside = tip && tip.contains(document.activeElement);
        setOpen(open[k], false);
        if (focusInside || document.activeElement === open[k]) { open[k].focus(); }
      }
    });

    document.addEventListener("click", function (event) {
      var open = openToggles();
      for (var k = 0; k < open.length; k++) {
        var tip = tipOf(open[k]);
        if (!open[k].contains(event.target) && !(tip && tip.contains(event.target))) { setOpen(open[k], false); }
      }
    });
  }

  /* Exposed for tests and for other scripts of a custom theme. */
  window.GuideSearch = { fold: fold, search: function (query) { return window.GUIDE_SEARCH_INDEX ? search(window.GUIDE_SEARCH_INDEX, query) : []; } };

  /* Switching language keeps the reader's place: the link to the other language gets the
     current #section when that page has a section with the same id (translations keep ids). */
  function keepSectionOnLanguageSwitch(link) {
    function update() {
      var id = decodeURIComponent(window.location.hash.slice(1));
      var anchors = link.getAttribute("data-anchors").split(" ");
      var base = link.href.split("#")[0];
      link.href = id && anchors.indexOf(id) >= 0 ? base + "#" + encodeURIComponent(id) : base;
    }
    update();
    window.addEventListener("hashchange", update);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var boxes = document.querySelectorAll(".search");
    for (var i = 0; i < boxes.length; i++) { initSearch(boxes[i]); }
    var switches = document.querySelectorAll(".language-switcher a[data-anchors]");
    for (var j = 0; j < switches.length; j++) { keepSectionOnLanguageSwitch(switches[j]); }
    initTermTips();
  });
})();
