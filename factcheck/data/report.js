/* factcheck HTML report: draws every section from the JSON embedded in the page.
   It computes no views: highlights, consensus, conflicts and their reasons come computed in the
   data (factcheck/formats/html_views.py), so the page says what the terminal report says.
   Untrusted text (quotes, excerpts, titles) only ever becomes DOM text nodes.
   A large page (factcheck/formats/html_scale.py) embeds what it shows first in full: claims,
   subjects, sources and groups are then objects from index to row holding only those rows, and
   DATA.lazy counts the rest. The rest is packed in #factcheck-lazy and unpacked (whenFull) when
   a section that needs it comes into view. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var COLORS = {
    contradicted: "#b3261e", corroborated: "#2e7d32", verified: "#1565c0", reference: "#6a1b9a",
    unsupported: "#b26a00", cited: "#00838f", unanchored: "#757575", ignored: "#9e9e9e"
  };
  var DATA = JSON.parse(document.getElementById("factcheck-data").textContent);
  var F = {};
  DATA.claimFields.forEach(function (name, i) { F[name] = i; });
  var claims = DATA.claims, groups = DATA.groups, subjects = DATA.subjects, sources = DATA.sources;
  var LAZY = DATA.lazy || null;

  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    for (var i = 2; i < arguments.length; i++) { append(node, arguments[i]); }
    return node;
  }
  function append(node, child) {
    if (child === null || child === undefined) { return; }
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  /* A claim's quote as text nodes, its claimed numbers wrapped in <mark>: the claim's marks are
     [start, end, start, end, ...] offsets into the quote in UTF-16 units, as JavaScript counts. */
  function highlighted(c) {
    var text = c[F.quote], marks = c[F.marks], frag = document.createDocumentFragment(), last = 0;
    for (var i = 0; i + 1 < marks.length; i += 2) {
      if (marks[i] > last) { frag.appendChild(document.createTextNode(text.slice(last, marks[i]))); }
      frag.appendChild(el("mark", null, text.slice(marks[i], marks[i + 1])));
      last = marks[i + 1];
    }
    if (last < text.length) { frag.appendChild(document.createTextNode(text.slice(last))); }
    return frag;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function sourceName(c) {
    var s = sources[c[F.source]];
    return s ? (s.title || s.id) : "?";
  }
  function statusBadge(status) { return el("span", { "class": "status status-" + status }, status); }
  function quoteBlock(c) {
    return el("div", { "class": "claim", "data-claim": c[F.id] },
      el("div", { "class": "quote" }, "\u201c", highlighted(c), "\u201d"),
      el("div", { "class": "who" }, sourceName(c), c[F.line] ? ", line " + c[F.line] + " " : " ", statusBadge(c[F.status])));
  }
  function excerptBlock(c) {
    return el("p", { "class": "excerpt" }, c[F.before],
      el("span", { "class": "quote" }, highlighted(c)), c[F.after]);
  }
  function body(id) { return document.querySelector("#" + id + " .body"); }

  /* A large page's packed data: unpacked once, when something first needs it (whenFull). */
  var FULL = LAZY ? null : DATA, waiting = [], failure = null;
  function unpack() {
    return Promise.resolve().then(function () {
      if (typeof DecompressionStream !== "function") { throw new Error("this browser has no DecompressionStream"); }
      var text = atob(document.getElementById("factcheck-lazy").textContent.trim());
      var bytes = new Uint8Array(text.length);
      for (var i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i); }
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
      return new Response(stream).text();
    }).then(JSON.parse);
  }
  /* The complete data in place of the first screen's: claims come as columns without the text
     around their quotes, except those shown in full, which keep theirs. */
  function install(rest) {
    var names = DATA.claimFields, n = rest.claimColumns.id.length, list = new Array(n);
    var columns = names.map(function (name) { return rest.claimColumns[name] || null; });
    for (var i = 0; i < n; i++) {
      var row = claims[i];
      if (!row) {
        row = new Array(names.length);
        for (var k = 0; k < names.length; k++) { row[k] = columns[k] ? columns[k][i] : ""; }
      }
      list[i] = row;
    }
    claims = list; groups = rest.groups; subjects = rest.subjects; sources = rest.sources;
    DATA.edges = rest.edges;
    FULL = rest;
    document.body.setAttribute("data-full", "true");
  }
  function failed(where) {
    where.appendChild(el("p", { "class": "empty" }, "The rest of the data could not be unpacked in this browser (" +
      String(failure && failure.message || failure) + "). The conflicts and the most specific unsupported numbers above are complete."));
  }
  /* Run fn once the complete data is there; "where" shows that it is being unpacked. */
  function whenFull(fn, where) {
    if (FULL) { fn(); return; }
    if (failure) { if (where) { failed(where); } return; }
    var note = where ? where.appendChild(el("p", { "class": "who" }, "Unpacking the data of " + plural(LAZY.claims, "claim") + "\u2026")) : null;
    waiting.push(function () {
      if (note) { note.remove(); }
      if (FULL) { fn(); } else if (where) { failed(where); }
    });
    if (waiting.length > 1) { return; }
    unpack().then(install, function (err) { failure = err; }).then(function () {
      // Out of the promise, so that an error while drawing is reported as one.
      waiting.splice(0).forEach(function (run) { setTimeout(run, 0); });
    });
  }
  /* Call fn when node comes near the viewport (at once where that cannot be watched). */
  function onReach(node, fn) {
    if (typeof IntersectionObserver !== "function") { fn(); return; }
    var watch = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) { watch.disconnect(); fn(); }
    }, { rootMargin: "200px" });
    watch.observe(node);
  }
  /* A section that needs the complete data: drawn at once on a page that has it, else when the
     reader reaches it. */
  function lazySection(id, what, draw) {
    if (!LAZY) { draw(); return; }
    var root = body(id), note = el("p", { "class": "who" }, what + ": drawn when you reach this section.");
    root.appendChild(note);
    onReach(document.getElementById(id), function () {
      whenFull(function () { note.remove(); draw(); }, root);
    });
  }

  /* A searchable table of claims, rendered a screenful at a time (rows of a fixed height, only
     those in view are in the document). rowsOf() gives the claims' indices once the complete data
     is there; note(i), when given, adds a last column. */
  var ROW = 30, IN_VIEW = 16;
  function claimTable(root, rowsOf, what, note, byStatus) {
    var holder = el("div", { "class": "claim-table" }), wait = el("p", { "class": "who" }, "The table is drawn when you reach it.");
    append(root, holder);
    holder.appendChild(wait);
    onReach(holder, function () {
      whenFull(function () { wait.remove(); drawClaimTable(holder, rowsOf(), what, note, byStatus); }, holder);
    });
  }
  function drawClaimTable(holder, all, what, note, byStatus) {
    var search = el("input", { type: "search", placeholder: "Search by id, value, subject, source or quote", "aria-label": "Search " + what });
    var status = null, count = el("span", { "class": "who count" });
    var controls = el("div", { "class": "filters" }, search);
    if (byStatus) {
      status = el("select", { "aria-label": "Status" }, el("option", { value: "" }, "Any status"));
      Object.keys(LAZY.statuses).forEach(function (s) { status.appendChild(el("option", { value: s }, s + " (" + LAZY.statuses[s] + ")")); });
      controls.appendChild(status);
    }
    controls.appendChild(count);
    var heads = ["Claim", "Status", "Value", "Subject", "Source", "Quote"].concat(note ? ["Why"] : []);
    function columns() { return el("colgroup", null, heads.map(function (h) { return el("col", { "class": "col-" + h.toLowerCase() }); })); }
    // The header stays on top inside the scrolled box, so its columns line up with the rows'.
    var head = el("table", { "class": "vtable vhead" }, columns(), el("thead", null, el("tr", null, heads.map(function (h) { return el("th", null, h); }))));
    var tbody = el("tbody"), rows = el("table", { "class": "vtable" }, columns(), tbody);
    var spacer = el("div", { "class": "vspacer" }, rows), scroller = el("div", { "class": "vscroll" }, head, spacer);
    var detail = el("div", { "class": "vdetail" });
    append(holder, [controls, scroller, detail]);
    var shown = all, haystack = null, drawn = -1;
    function words(i) {
      var c = claims[i], s = subjects[c[F.subject]], src = sources[c[F.source]];
      return [c[F.id], c[F.value], c[F.quote], s ? s.label + " " + s.id : "", src ? src.id + " " + (src.title || "") : "", c[F.status]]
        .join("\u0001").toLowerCase();
    }
    function row(i) {
      var c = claims[i], s = subjects[c[F.subject]];
      var tr = el("tr", { "data-claim": c[F.id], tabindex: "0" }, el("td", null, c[F.id]), el("td", null, statusBadge(c[F.status])),
        el("td", null, c[F.value]), el("td", null, s ? s.label : "?"),
        el("td", null, sourceName(c) + (c[F.line] ? ", line " + c[F.line] : "")), el("td", { "class": "quote" }, highlighted(c)));
      if (note) { tr.appendChild(el("td", null, note(i))); }
      tr.addEventListener("click", function () { showNode(detail, "c" + i); });
      tr.addEventListener("keydown", function (e) { if (e.key === "Enter") { showNode(detail, "c" + i); } });
      return tr;
    }
    function draw() {
      var first = Math.max(0, Math.floor(scroller.scrollTop / ROW) - 4);
      if (first === drawn) { return; }
      drawn = first;
      rows.style.transform = "translateY(" + (first * ROW) + "px)";
      tbody.textContent = "";
      if (!shown.length) { tbody.appendChild(el("tr", null, el("td", { colspan: heads.length }, "No claim matches."))); }
      for (var k = first; k < Math.min(shown.length, first + IN_VIEW + 8); k++) { tbody.appendChild(row(shown[k])); }
    }
    function filter() {
      var needle = search.value.trim().toLowerCase(), want = status ? status.value : "";
      if (needle && !haystack) { haystack = all.map(words); }
      shown = !needle && !want ? all : all.filter(function (i, k) {
        return (!want || claims[i][F.status] === want) && (!needle || haystack[k].indexOf(needle) >= 0);
      });
      count.textContent = shown === all ? plural(all.length, "claim") : shown.length + " of " + plural(all.length, "claim");
      spacer.style.height = Math.max(ROW, shown.length * ROW) + "px";
      scroller.scrollTop = 0;
      drawn = -1;
      draw();
      holder.setAttribute("data-shown", String(shown.length));
    }
    var pending = null;
    search.addEventListener("input", function () { clearTimeout(pending); pending = setTimeout(filter, 120); });
    if (status) { status.addEventListener("change", filter); }
    scroller.addEventListener("scroll", function () { window.requestAnimationFrame(draw); });
    filter();
  }

  /* Render items page by page into container; render(item) returns a node. */
  function paged(container, items, size, render, empty) {
    var page = 0, list = el("div", { "class": "items" }), nav = el("div", { "class": "pager" });
    container.appendChild(list);
    if (items.length > size) { container.appendChild(nav); }
    function show() {
      list.textContent = "";
      if (!items.length) { list.appendChild(el("p", { "class": "empty" }, empty || "None.")); }
      items.slice(page * size, (page + 1) * size).forEach(function (item) { list.appendChild(render(item)); });
      nav.textContent = "";
      var pages = Math.ceil(items.length / size);
      var prev = el("button", { type: "button" }, "Previous"), next = el("button", { type: "button" }, "Next");
      prev.disabled = page === 0; next.disabled = page >= pages - 1;
      prev.addEventListener("click", function () { page--; show(); });
      next.addEventListener("click", function () { page++; show(); });
      append(nav, [prev, el("span", null, "Page " + (page + 1) + " of " + pages + " (" + items.length + " items)"), next]);
    }
    show();
    return show;
  }

  /* One side of a conflict: its first quote, the others on demand. nSources, when given, is how
     many sources hold the side (a large page has not all its claims at hand to count them). */
  function sideBlock(ids, nSources) {
    var first = claims[ids[0]];
    if (nSources === undefined) {
      var srcs = {};
      ids.forEach(function (i) { srcs[claims[i][F.source]] = true; });
      nSources = Object.keys(srcs).length;
    }
    var box = el("div", { "class": "side" },
      el("div", { "class": "value" }, first[F.value]),
      el("div", { "class": "who" }, plural(ids.length, "claim") + " from " + plural(nSources, "source")),
      quoteBlock(first));
    if (ids.length > 1) {
      var rest = el("details", { "class": "more" }, el("summary", null, "Show the other " + (ids.length - 1)));
      var opened = false;
      rest.addEventListener("toggle", function () {
        if (opened) { return; }
        opened = true;
        whenFull(function () {
          paged(rest, ids.slice(1).map(function (i) { return claims[i]; }), 20, quoteBlock);
        }, rest);
      });
      box.appendChild(rest);
    }
    return box;
  }

  /* Summarized subjects' conflicts (more value groups than are compared pair by pair):
     [subject, reason, [group, ...]], each group in conflict with at least one other. */
  var SPREADS = DATA.spreads || [];

  function spreadBlock(s) {
    var subject = subjects[s[0]], list = el("div", { "class": "spread" });
    paged(list, s[2], 10, function (g) {
      var group = groups[g];
      return el("div", { "class": "spread-group" },
        group.context ? el("div", { "class": "who" }, group.context) : null, sideBlock(group.claims, group.sources));
    });
    return el("div", { "class": "conflict" },
      el("h3", null, subject ? subject.label : "?", " ", el("span", { "class": "reason" }, s[1])),
      el("p", { "class": "who" }, plural(s[2].length, "value group") +
        " in dispute, each in conflict with at least one other (too many groups to list every pair)."), list);
  }

  function renderConflicts() {
    var root = body("conflicts");
    var items = DATA.conflicts.map(function (c) { return [c[0], 0, c]; })
      .concat(SPREADS.map(function (s) { return [s[0], 1, s]; }));
    items.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    function render(item) {
      var c = item[2];
      if (item[1]) { return spreadBlock(c); }
      var subject = subjects[c[0]];
      // c[6]: how many of its claims are still drafts (nobody has reviewed them).
      var drafts = c[6] ? el("span", { "class": "drafts", "title": "claims not reviewed yet" },
        "rests on " + plural(c[6], "draft")) : null;
      // c[7]: the chance of a low-chance join it rests on: maybe two quantities grouped as one.
      var unsure = typeof c[7] === "number" ? el("span", { "class": "unsure",
        "title": "a draft was put under this subject at a low chance of stating the same quantity" },
        "grouping unsure: chance " + c[7].toFixed(2)) : null;
      return el("div", { "class": "conflict" },
        el("h3", null, subject ? subject.label : "?", " ", el("span", { "class": "reason" }, c[1]),
          drafts ? " " : null, drafts, unsure ? " " : null, unsure),
        el("div", { "class": "sides" }, sideBlock(c[2], c[4]), sideBlock(c[3], c[5])));
    }
    var empty = "No conflicts: every comparable pair of claims agrees.";
    if (!LAZY) { paged(root, items, 20, render, empty); return; }
    // A large page: every conflict is here; a filter finds one by subject, reason or value (or
    // "grouping unsure").
    var search = el("input", { type: "search", placeholder: "Filter conflicts", "aria-label": "Filter conflicts" });
    var holder = el("div");
    append(root, [el("div", { "class": "filters" }, search), holder]);
    function words(item) {
      var c = item[2], subject = subjects[c[0]], text = [subject ? subject.label + " " + subject.id : "", c[1]];
      if (!item[1]) { text.push(claims[c[2][0]][F.value], claims[c[3][0]][F.value]); }
      if (!item[1] && typeof c[7] === "number") { text.push("grouping unsure"); }
      return text.join(" ").toLowerCase();
    }
    var haystack = items.map(words);
    function refresh() {
      var needle = search.value.toLowerCase();
      holder.textContent = "";
      paged(holder, items.filter(function (item, i) { return !needle || haystack[i].indexOf(needle) >= 0; }), 20, render,
        needle ? "No conflict matches." : empty);
    }
    search.addEventListener("input", refresh);
    refresh();
  }

  function groupColor(g) {
    if (groups[g].conflict) { return COLORS.contradicted; }
    var alone = groups[g].claims.every(function (c) { return claims[c][F.status] === "unsupported"; });
    return alone ? COLORS.unsupported : COLORS.corroborated;
  }

  var MAX_CHART_ROWS = 200;
  function chart(subject) {
    var W = 720, LABEL = 170, PLOT = W - LABEL - 100, ROW = 18, TOP = 8;
    var members = [];
    subject.groups.forEach(function (g) { groups[g].claims.forEach(function (c) { members.push([g, c]); }); });
    var perClaim = members.length <= 40;
    var rows = perClaim ? members.map(function (m) {
      var c = claims[m[1]];
      return { g: m[0], label: sources[c[F.source]] ? sources[c[F.source]].id : "?", color: COLORS[c[F.status]] || "#757575" };
    }) : subject.groups.map(function (g) {
      return { g: g, label: groups[g].value + " \u00b7 " + plural(groups[g].sources, "source"),
        color: groupColor(g) };
    });
    if (!rows.length) { return null; }
    if (rows.length > MAX_CHART_ROWS) {
      return el("p", { "class": "who" }, plural(rows.length, "value group") + ": too many to chart.");
    }
    var height = TOP + rows.length * ROW + 28;
    var box = svg("svg", { "class": "chart", width: W, height: height, viewBox: "0 0 " + W + " " + height, role: "img" });
    box.appendChild(svg("title", {}, subject.label + ": every source's value"));
    if (subject.kind === "label") {
      var most = 1;
      subject.groups.forEach(function (g) { most = Math.max(most, groups[g].sources); });
      rows.forEach(function (r, i) {
        var y = TOP + i * ROW;
        var g = groups[r.g], w = Math.max(4, PLOT * (perClaim ? 1 / most : g.sources / most));
        box.appendChild(svg("text", { x: LABEL - 6, y: y + 12, "text-anchor": "end", "font-size": 11 }, r.label));
        box.appendChild(svg("rect", { x: LABEL, y: y + 3, width: w, height: 12, fill: r.color }));
        box.appendChild(svg("text", { x: LABEL + w + 4, y: y + 12, "font-size": 11 }, g.value));
      });
      return box;
    }
    var lo = Infinity, hi = -Infinity;
    subject.groups.forEach(function (g) {
      [groups[g].low, groups[g].high].forEach(function (v) {
        if (typeof v === "number") { lo = Math.min(lo, v); hi = Math.max(hi, v); }
      });
    });
    if (lo === Infinity) { return null; }
    // A version is a release's sort key, three places of 10^4 (values/versions.py): its ticks fall
    // on releases of the place the span needs (5, 2, 1 majors, minors, ...) and read "v3.10".
    var VERSION = subject.unit === "version";
    if (hi === lo) {
      var pad0 = VERSION ? 1e4 : Math.abs(hi) >= 1000 ? 10 : Math.abs(hi) * 0.5 || 1;
      lo -= pad0; hi += pad0;
    } else {
      var pad = (hi - lo) * 0.08;
      lo = lo >= 0 && lo < hi - lo ? 0 : lo - pad; hi += pad;
    }
    if (subject.unit === "%") { lo = Math.max(lo, 0); hi = Math.min(hi, 100); if (hi <= lo) { hi = lo + 1; } }
    var base = Math.pow(10, Math.floor(Math.log10((hi - lo) / 4))), step = base * 10;
    [5, 2, 1].forEach(function (m) { if ((hi - lo) / (base * m) <= 7) { step = base * m; } });
    if (subject.unit === "time of day") {  // steps a clock reads: 5, 10, 15, 30 minutes, hours
      step = [6, 3, 2, 1, 1 / 2, 1 / 4, 1 / 6, 1 / 12].reduce(function (best, s) {
        return (hi - lo) / s <= 7 ? s : best;
      }, 6);
    }
    var places = 0;
    if (VERSION) {
      step = 5e8;
      places = 1;
      [1e8, 1e4, 1].forEach(function (place, i) {
        [5, 2, 1].forEach(function (m) {
          if ((hi - lo) / (place * m) <= 7) { step = place * m; places = i + 1; }
        });
      });
    }
    function versionText(v) {
      var parts = [], rest = Math.round(v);
      [1e8, 1e4, 1].forEach(function (place) { parts.push(Math.floor(rest / place)); rest -= parts[parts.length - 1] * place; });
      return "v" + parts.slice(0, Math.max(places, 1)).join(".");
    }
    function x(v) { return LABEL + (v - lo) / (hi - lo) * PLOT; }
    // A time of day is hours after midnight (19.5): its ticks read as a clock does, "19:30".
    function clockText(v) {
      var m = ((Math.round(v * 60) % 1440) + 1440) % 1440, hh = Math.floor(m / 60), mm = m % 60;
      return (hh < 10 ? "0" : "") + hh + ":" + (mm < 10 ? "0" : "") + mm;
    }
    var axisY = TOP + rows.length * ROW + 4;
    box.appendChild(svg("line", { x1: LABEL, x2: LABEL + PLOT, y1: axisY, y2: axisY, stroke: "#999" }));
    for (var v = Math.ceil(lo / step) * step; v <= hi; v += step) {
      var tx = x(v);
      box.appendChild(svg("line", { x1: tx, x2: tx, y1: TOP, y2: axisY + 4, stroke: "#eee" }));
      box.appendChild(svg("text", { x: tx, y: axisY + 16, "text-anchor": "middle", "font-size": 10, fill: "#555" },
        subject.unit === "time of day" ? clockText(v) : VERSION ? versionText(v)
          : String(+v.toPrecision(4)) + (subject.unit ? " " + subject.unit : "")));
    }
    rows.forEach(function (r, i) {
      var y = TOP + i * ROW + ROW / 2, g = groups[r.g], q = g.qualifier;
      var a = typeof g.low === "number" ? g.low : null, b = typeof g.high === "number" ? g.high : null;
      if (q === "<" || q === "<=") { a = null; b = b === null ? g.low : b; }
      if (q === ">" || q === ">=") { b = null; a = a === null ? g.high : a; }
      var x1 = a === null ? LABEL : x(a), x2 = b === null ? LABEL + PLOT : x(b);
      box.appendChild(svg("text", { x: LABEL - 6, y: y + 4, "text-anchor": "end", "font-size": 11 }, r.label));
      var mark;
      if (Math.abs(x2 - x1) < 2) {
        mark = svg("circle", { cx: x1, cy: y, r: 5, fill: r.color });
      } else {
        mark = svg("rect", { x: Math.min(x1, x2), y: y - 5, width: Math.abs(x2 - x1), height: 10, rx: 3, fill: r.color,
          "fill-opacity": a === null || b === null ? 0.45 : 0.85 });
      }
      mark.appendChild(svg("title", {}, r.label + ": " + g.value));
      box.appendChild(mark);
      box.appendChild(svg("text", { x: Math.max(x1, x2) + 8, y: y + 4, "font-size": 10, fill: "#555" }, g.value));
    });
    return box;
  }

  /* Disputed or not, as Python's consensus says; the consensus in words, point by point as the
     terminal report says it, on hover. */
  function verdict(subject) {
    var attrs = { "class": subject.disputed ? "disputed" : "who" };
    if (subject.consensus.length) { attrs.title = subject.consensus.map(function (p) { return p[0]; }).join("\n"); }
    return el("p", attrs, subject.disputed ? "Disputed" : subject.groups.length > 1 ? "Related values, no conflict" : "One value");
  }

  var MAX_LISTED = 50;
  function subjectCard(si) {
    var subject = subjects[si];
    var sorted = subject.groups.slice().sort(function (a, b) { return groups[b].sources - groups[a].sources || a - b; });
    var list = el("ul", { "class": "groups" });
    function item(g) {
      var group = groups[g];
      return el("li", group.conflict ? { "class": "disputed" } : null,
        group.value, group.context ? " (" + group.context + ")" : "", ": ",
        plural(group.sources, "source"), group.conflict ? " \u2014 in conflict" : "");
    }
    if (sorted.length > MAX_LISTED) {
      list = el("div", { "class": "groups" });
      paged(list, sorted, MAX_LISTED, function (g) { return el("ul", { "class": "groups" }, item(g)); });
    } else {
      sorted.forEach(function (g) { list.appendChild(item(g)); });
    }
    return el("div", { "class": "subject", "data-subject": subject.id },
      el("h3", null, subject.label, " ", el("span", { "class": "who" }, subject.kind + (subject.unit ? ", " + subject.unit : ""))),
      verdict(subject),
      list, chart(subject));
  }

  function renderSubjects() {
    var root = body("subjects");
    var search = el("input", { type: "search", placeholder: "Filter subjects", "aria-label": "Filter subjects" });
    var only = el("input", { type: "checkbox" });
    root.appendChild(el("div", { "class": "filters" }, search, el("label", null, only, " only disputed")));
    var holder = el("div");
    // Subjects that one source alone states fold behind one line, as in the terminal report;
    // the filter searches them too, and the line counts those that match.
    var single = el("details", { "class": "single-source" }), singleLine = el("summary");
    var singleHolder = el("div");
    append(single, [singleLine, singleHolder]);
    append(root, [holder, single]);
    var singles = [];
    function drawSingles() {
      singleHolder.textContent = "";
      if (single.open && singles.length) { paged(singleHolder, singles, 15, subjectCard); }
    }
    single.addEventListener("toggle", drawSingles);
    function alone(s) { return !s.disputed && s.sources <= 1; }
    function refresh() {
      var needle = search.value.toLowerCase();
      var picked = subjects.map(function (s, i) { return i; }).filter(function (i) {
        var s = subjects[i];
        if (only.checked && !s.disputed) { return false; }
        return !needle || (s.label + " " + s.id).toLowerCase().indexOf(needle) >= 0;
      });
      // Disputed subjects first, then the claims file's order.
      picked.sort(function (a, b) { return subjects[b].disputed - subjects[a].disputed || a - b; });
      var several = picked.filter(function (i) { return !alone(subjects[i]); });
      singles = picked.filter(function (i) { return alone(subjects[i]); });
      holder.textContent = "";
      if (several.length || !singles.length) {
        paged(holder, several, 15, subjectCard, singles.length ? null : "No subject matches.");
      }
      single.hidden = !singles.length;
      // A search shows what it found, folded or not.
      if (needle && singles.length && !single.open) { single.open = true; }
      single.setAttribute("data-count", String(singles.length));
      singleLine.textContent = plural(singles.length, needle ? "matching subject" : "more subject") +
        " stated by one source only";
      drawSingles();
    }
    search.addEventListener("input", refresh);
    only.addEventListener("change", refresh);
    refresh();
  }

  function renderUnsupported() {
    var root = body("unsupported");
    var table = function (ids) {
      var t = el("table", null, el("thead", null, el("tr", null,
        el("th", null, "Value"), el("th", null, "Subject"), el("th", null, "Source"), el("th", null, "Quote"))));
      var tb = el("tbody");
      ids.forEach(function (i) {
        var c = claims[i], s = subjects[c[F.subject]];
        tb.appendChild(el("tr", { "data-claim": c[F.id] }, el("td", null, c[F.value]), el("td", null, s ? s.label : "?"),
          el("td", null, sourceName(c) + (c[F.line] ? ", line " + c[F.line] : "")), el("td", { "class": "quote" }, highlighted(c))));
      });
      t.appendChild(tb);
      return t;
    };
    var pages = [];
    for (var i = 0; i < DATA.unsupported.length; i += 50) { pages.push(DATA.unsupported.slice(i, i + 50)); }
    if (!pages.length) { root.appendChild(el("p", { "class": "empty" }, "Every number is backed by another source or a citation.")); return; }
    paged(root, pages, 1, table);
    var shown = DATA.unsupported.length;
    if (LAZY && LAZY.unsupported > shown) {
      root.appendChild(el("h3", null, plural(LAZY.unsupported - shown, "more unsupported number") + ", less specific"));
      claimTable(root, function () { return FULL.unsupported.slice(shown); }, "unsupported numbers");
    }
  }

  function share(n, total) { return total ? Math.round(100 * n / total) + "%" : "\u2013"; }
  function renderSources() {
    var root = body("sources");
    var rows = sources.slice().sort(function (a, b) {
      return (b.contradicted / (b.claims || 1)) - (a.contradicted / (a.claims || 1)) ||
        (b.unsupported / (b.claims || 1)) - (a.unsupported / (a.claims || 1)) || (a.id < b.id ? -1 : 1);
    });
    var pages = [];
    for (var i = 0; i < rows.length; i += 50) { pages.push(rows.slice(i, i + 50)); }
    paged(root, pages, 1, function (page) {
      var t = el("table", null, el("thead", null, el("tr", null, el("th", null, "Source"), el("th", null, "Kind"),
        el("th", null, "Claims"), el("th", null, "Corroborated"), el("th", null, "Contradicted"), el("th", null, "Unsupported"),
        el("th", null, "Consistency"))));
      var tb = el("tbody");
      page.forEach(function (s) {
        var total = s.claims || 0, bar = svg("svg", { width: 120, height: 12, role: "img" }), x = 0;
        [["corroborated", s.corroborated + (s.verified || 0)], ["contradicted", s.contradicted], ["unsupported", s.unsupported]].forEach(function (p) {
          var w = total ? 120 * p[1] / total : 0;
          if (w > 0) { bar.appendChild(svg("rect", { x: x, y: 0, width: w, height: 12, fill: COLORS[p[0]] })); }
          x += w;
        });
        tb.appendChild(el("tr", { "data-source": s.id },
          el("td", null, s.title || s.id, el("div", { "class": "who" }, s.id + " \u00b7 " + (s.path || ""))),
          el("td", null, s.kind), el("td", { "class": "num" }, total),
          el("td", { "class": "num" }, share(s.corroborated + (s.verified || 0), total)),
          el("td", { "class": "num" }, share(s.contradicted, total)),
          el("td", { "class": "num" }, share(s.unsupported, total)), el("td", null, bar)));
      });
      t.appendChild(tb);
      return t;
    });
  }

  function renderUnanchored() {
    if (!DATA.unanchored.length) { return; }
    document.getElementById("unanchored").hidden = false;
    paged(body("unanchored"), DATA.unanchored, 30, function (u) {
      var c = claims[u[0]];
      return el("div", { "class": "claim" }, el("strong", null, c[F.id]), " ", u[1], quoteBlock(c));
    });
    var shown = DATA.unanchored.length;
    if (LAZY && LAZY.unanchored > shown) {
      var why = {};
      body("unanchored").appendChild(el("h3", null, plural(LAZY.unanchored - shown, "more unanchored claim")));
      claimTable(body("unanchored"), function () {
        return FULL.unanchored.slice(shown).map(function (u) { why[u[0]] = u[1]; return u[0]; });
      }, "unanchored claims", function (i) { return why[i]; });
    }
  }

  /* A large page's table of every claim, with the counts of each status. */
  function renderClaims() {
    var root = body("claims"), counts = Object.keys(LAZY.statuses).map(function (s) { return LAZY.statuses[s] + " " + s; });
    root.appendChild(el("p", { "class": "who" }, plural(LAZY.claims, "claim") + ": " + counts.join(", ") + "."));
    claimTable(root, function () {
      var all = new Array(LAZY.claims);
      for (var i = 0; i < all.length; i++) { all[i] = i; }
      return all;
    }, "claims", null, true);
  }

  var MAX_CLAIM_NODES = 20, MAX_ALL = 400, MAX_GROUP_NODES = 60;
  /* A subject's groups in the graph: past MAX_GROUP_NODES, those of most sources. */
  function shownGroups(subject) {
    if (subject.groups.length <= MAX_GROUP_NODES) { return subject.groups; }
    return subject.groups.slice().sort(function (a, b) { return groups[b].sources - groups[a].sources || a - b; })
      .slice(0, MAX_GROUP_NODES).sort(function (a, b) { return a - b; });
  }
  /* A node's label: the readable name cut to LABEL_CHARS at a word, the full text on hover. */
  var LABEL_CHARS = 40;
  function shortLabel(text) {
    if (text.length <= LABEL_CHARS) { return text; }
    var cut = text.slice(0, LABEL_CHARS - 1), space = cut.lastIndexOf(" ");
    return (space > LABEL_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:\u2014-]+$/, "") + "\u2026";
  }
  function graphElements(picked) {
    var nodes = [], edges = [], inView = {};
    picked.forEach(function (si) {
      shownGroups(subjects[si]).forEach(function (g) {
        var group = groups[g], n = group.claims.length;
        inView[g] = true;
        nodes.push({ data: { id: "g" + g, label: group.value + " (" + n + ")", kind: "group", size: Math.round(18 + 6 * Math.sqrt(n)),
          color: groupColor(g), full: subjects[si].label + ": " + group.value + " (" + plural(n, "claim") + ")" } });
        if (n <= MAX_CLAIM_NODES) {
          group.claims.forEach(function (ci) {
            var c = claims[ci], name = sourceName(c);
            nodes.push({ data: { id: "c" + ci, label: shortLabel(name), kind: "claim", claim: c[F.id],
              full: name + ": " + c[F.value], color: COLORS[c[F.status]] || "#757575" } });
            edges.push({ data: { id: "m" + ci, source: "c" + ci, target: "g" + g, relation: "member" } });
          });
        }
      });
    });
    DATA.edges.forEach(function (e, i) {
      if (inView[e[0]] && inView[e[1]]) {
        edges.push({ data: { id: "e" + i, source: "g" + e[0], target: "g" + e[1], relation: e[2], label: e[3] } });
      }
    });
    return nodes.concat(edges);
  }

  function showNode(detail, id) {
    detail.textContent = "";
    var index = +id.slice(1);
    if (id.charAt(0) === "c") {
      var c = claims[index], s = subjects[c[F.subject]];
      append(detail, [el("h3", null, c[F.value], " ", statusBadge(c[F.status])),
        el("p", { "class": "who" }, (s ? s.label : "?") + " \u00b7 " + sourceName(c) + (c[F.line] ? ", line " + c[F.line] : "")),
        excerptBlock(c)]);
      return;
    }
    var g = groups[index];
    append(detail, [el("h3", null, g.value),
      el("p", { "class": "who" }, subjects[g.subject].label + " \u00b7 " + plural(g.claims.length, "claim") + " from " + plural(g.sources, "source"))]);
    var holder = el("div");
    detail.appendChild(holder);
    paged(holder, g.claims.map(function (i) { return claims[i]; }), 10, quoteBlock);
  }

  function renderGraph() {
    var root = body("graph");
    var select = el("select", { "aria-label": "Subject shown in the graph" });
    var total = claims.length;
    if (total <= MAX_ALL) { select.appendChild(el("option", { value: "all" }, "All subjects")); }
    var firstDisputed = null;
    subjects.forEach(function (s, i) {
      var n = 0;
      s.groups.forEach(function (g) { n += groups[g].claims.length; });
      if (s.disputed && firstDisputed === null) { firstDisputed = i; }
      select.appendChild(el("option", { value: String(i) }, s.label + " (" + plural(n, "claim") + (s.disputed ? ", disputed" : "") + ")"));
    });
    // Open on the first disputed subject, where a conflict shows at a glance.
    if (firstDisputed !== null) { select.value = String(firstDisputed); }
    var canvas = el("div", { id: "graph-canvas" });
    var detail = el("div", { id: "graph-detail" }, el("p", { "class": "who" }, "Click a node to see its quote in context."));
    append(root, [el("div", { "class": "filters" }, el("label", null, "Show ", select)), el("div", { "class": "graph-layout" }, canvas, detail)]);
    if (typeof window.cytoscape !== "function" || !subjects.length) { return; }
    var cy = window.cytoscape({
      container: canvas,
      elements: [],
      maxZoom: 2,
      minZoom: 0.05,
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 9, "background-color": "data(color)", "color": "#222",
          "text-wrap": "wrap", "text-max-width": "90px", "text-background-color": "#fff", "text-background-opacity": 0.7 } },
        { selector: "node[kind = 'group']", style: { "shape": "round-rectangle", "width": "data(size)", "height": "data(size)", "font-size": 11, "font-weight": "bold" } },
        { selector: "node[kind = 'claim']", style: { "width": 12, "height": 12 } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#000" } },
        { selector: "edge", style: { "width": 1, "line-color": "#bbb", "curve-style": "bezier" } },
        { selector: "edge[relation = 'conflicts']", style: { "width": 3, "line-color": COLORS.contradicted, "line-style": "dashed",
          "label": "data(label)", "font-size": 8, "color": COLORS.contradicted, "text-background-color": "#fff", "text-background-opacity": 0.8 } },
        { selector: "edge[relation = 'agrees']", style: { "width": 2, "line-color": COLORS.corroborated } }
      ]
    });
    window.factcheckGraph = cy;
    function draw() {
      var picked = select.value === "all" ? subjects.map(function (s, i) { return i; }) : [+select.value];
      cy.elements().remove();
      cy.add(graphElements(picked));
      canvas.removeAttribute("data-laid-out");
      // Room for the labels: nodes push each other apart by their labelled size.
      var layout = cy.layout({ name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true, fit: true, padding: 20,
        nodeRepulsion: function () { return 40000; }, nodeOverlap: 40, idealEdgeLength: function () { return 48; } });
      layout.one("layoutstop", function () { canvas.setAttribute("data-laid-out", "true"); });
      layout.run();
      canvas.setAttribute("data-nodes", String(cy.nodes().length));
    }
    cy.on("tap", "node", function (evt) { showNode(detail, evt.target.id()); });
    // The full name of a node under the pointer, as the canvas's tooltip.
    cy.on("mouseover", "node", function (evt) { canvas.setAttribute("title", evt.target.data("full")); });
    cy.on("mouseout", "node", function () { canvas.removeAttribute("title"); });
    select.addEventListener("change", draw);
    draw();
  }

  renderConflicts();
  lazySection("subjects", LAZY && plural(LAZY.subjects, "subject"), renderSubjects);
  renderUnsupported();
  lazySection("sources", LAZY && plural(LAZY.sources, "source"), renderSources);
  renderUnanchored();
  lazySection("graph", "The claim graph", renderGraph);
  if (LAZY) { renderClaims(); }
  document.body.setAttribute("data-ready", "true");
})();
