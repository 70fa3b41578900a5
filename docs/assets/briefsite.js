/* briefsite: sortable columns for the briefs index (progressive enhancement).
 *
 * The page is written sorted by date, newest first, undated last; without this script it
 * stays so. With it, each column header becomes a button that sorts the table by that
 * column (again: the other way), and the sorted header carries aria-sort. Dates sort by
 * their <time datetime>, so a brief that states no date always comes last; an empty cell
 * ("—") comes last in any column. Nothing is fetched: it works from file:// as hosted.
 */
(function () {
  "use strict";

  var EMPTY = "—";

  function dateKey(cell) {
    var time = cell.querySelector("time[datetime]");
    if (!time) return null;
    var iso = time.getAttribute("datetime");
    // A year or month sorts as its last day, as the build orders them (site/metadata.py).
    var parts = iso.split("-").length;
    return iso + (parts === 1 ? "-99-99" : parts === 2 ? "-99" : "");
  }

  function cellKey(cell, type) {
    if (type === "date") return dateKey(cell);
    var text = cell.textContent.trim();
    if (text === "" || text === EMPTY) return null;
    if (type === "number") return parseFloat(text);
    return text.toLocaleLowerCase();
  }

  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a).localeCompare(String(b));
  }

  function sortBy(table, column, descending) {
    var body = table.tBodies[0];
    var type = table.tHead.rows[0].cells[column].getAttribute("data-sort-type");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (r1, r2) {
      var a = cellKey(r1.cells[column], type);
      var b = cellKey(r2.cells[column], type);
      var order = 0;
      if (a === null || b === null) order = (a === null) - (b === null); // empty last, either way
      else order = descending ? compare(b, a) : compare(a, b);
      return order || r1.getAttribute("data-order") - r2.getAttribute("data-order");
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      var mark = th.querySelector(".sort-mark");
      if (i === column) {
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        mark.textContent = descending ? "▼" : "▲";
      } else {
        th.removeAttribute("aria-sort");
        mark.textContent = "";
      }
    });
  }

  function typeOf(table, column) {
    var cells = Array.prototype.map.call(table.tBodies[0].rows, function (r) { return r.cells[column]; });
    if (cells.some(function (c) { return c.querySelector("time[datetime]"); })) return "date";
    var numbers = cells.every(function (c) { return /^\d+$/.test(c.textContent.trim()); });
    return numbers ? "number" : "text";
  }

  function enhance(table) {
    if (table.hasAttribute("data-sortable") || !table.tHead || !table.tBodies.length) return;
    table.setAttribute("data-sortable", "");
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row, i) { row.setAttribute("data-order", i); });
    var initial = -1;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      var type = typeOf(table, column);
      th.setAttribute("data-sort-type", type);
      if (type === "date" && initial < 0) initial = column;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (th.firstChild) button.appendChild(th.firstChild);
      var mark = document.createElement("span");
      mark.className = "sort-mark";
      mark.setAttribute("aria-hidden", "true");
      button.appendChild(mark);
      button.addEventListener("click", function () {
        var current = th.getAttribute("aria-sort");
        // A first click sorts dates newest first and text A to Z; a second reverses.
        var descending = current ? current === "ascending" : type === "date";
        sortBy(table, column, descending);
      });
      th.appendChild(button);
    });
    // The build wrote the rows newest first: say so, without moving anything.
    if (initial >= 0) {
      var th = table.tHead.rows[0].cells[initial];
      th.setAttribute("aria-sort", "descending");
      th.querySelector(".sort-mark").textContent = "▼";
    }
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll(".briefs-table table, .conclusions-table table"), enhance);
  }

  // Material's instant navigation swaps pages without a reload; document$ emits after each.
  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

/* briefsite: citations lead to the sentence they cite (progressive enhancement).
 *
 * A citation marker is a footnote reference; its footnote names the source and links to the
 * cited sentence on its brief page. Without this script a click shows the footnote, whose
 * link leads on. With it, a click goes straight to the sentence; on a touch screen the first
 * tap shows the preview (Material's tooltip, opened by focus) and a second tap follows it.
 */
(function () {
  "use strict";

  function sentenceLink(ref) {
    var id = decodeURIComponent((ref.getAttribute("href") || "").split("#")[1] || "");
    var note = id && document.getElementById(id);
    var target = note && note.querySelector("a[href*='#p-']");
    return target ? target.href : null;
  }

  function touch() {
    return window.matchMedia && window.matchMedia("(hover: none)").matches;
  }

  var armed = null;  // the marker a first tap opened

  function onClick(event) {
    var ref = event.target.closest && event.target.closest("a.footnote-ref");
    if (!ref || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    var href = sentenceLink(ref);
    if (!href) return;
    event.preventDefault();
    event.stopPropagation();  // before Material's instant navigation, which would go to the footnote
    if (touch() && armed !== ref) {
      armed = ref;
      ref.focus();  // shows the preview; the next tap follows the citation
      return;
    }
    armed = null;
    window.location.href = href;
  }

  window.addEventListener("click", onClick, true);
})();

/* briefsite: filters for the conclusions table (progressive enhancement).
 *
 * Without this script the table shows every row. With it, a form above the table filters the
 * rows by kind, brief, theme and actor, each list built from the table's own cells (links to
 * brief, theme and actor pages), and says how many rows are shown. Nothing is fetched.
 *
 * A long table is in pages (site/paging.py). Each page carries, as JSON, the numbers of the
 * pages whose rows name each brief, theme and actor its own rows name: a filter then says
 * which other pages hold the choice, links them with the filter kept (`page-4.html?actor=x`),
 * and the pager carries the filter to those pages and marks the others as holding none.
 */
(function () {
  "use strict";

  var COLUMNS = { kind: 1, brief: 2, theme: 4, actor: 5 };
  var LABELS = { kind: "Kind", brief: "Brief", theme: "Theme", actor: "Actor" };
  var KINDS = { forecast: "Forecast", recommendation: "Recommendation", assessment: "Assessment",
                attributed: "View attributed to others" };

  function pageOf(a) {
    var path = (a.getAttribute("href") || "").split("#")[0];
    return path.replace(/^.*\//, "").replace(/\.html$/, "");
  }

  function links(row, name) {
    // An actor is in the Actors column, or in the Kind column as addressee or holder of a view.
    var cells = name === "actor" ? [row.cells[COLUMNS.kind], row.cells[COLUMNS.actor]] : [row.cells[COLUMNS[name]]];
    var out = [];
    cells.forEach(function (cell) {
      if (cell) out = out.concat(Array.prototype.slice.call(cell.querySelectorAll("a[href]")));
    });
    return name === "brief" ? out.slice(0, 1) : out;
  }

  function keys(row, name) {
    if (name === "kind") {
      var span = row.cells[COLUMNS.kind] && row.cells[COLUMNS.kind].querySelector("[data-kind]");
      return span ? [span.getAttribute("data-kind")] : [];
    }
    return links(row, name).map(pageOf);
  }

  function optionsOf(rows, name) {
    var seen = {};
    rows.forEach(function (row) {
      if (name === "kind") {
        keys(row, name).forEach(function (key) { seen[key] = KINDS[key] || key; });
        return;
      }
      links(row, name).forEach(function (a) {
        var key = pageOf(a);
        if (!seen[key]) seen[key] = (name === "brief" ? (a.getAttribute("title") || a.textContent) : a.textContent).trim();
      });
    });
    return Object.keys(seen).map(function (k) { return [k, seen[k]]; }).sort(function (x, y) {
      return name === "kind" ? 0 : x[1].localeCompare(y[1]);
    });
  }

  function pagesData() {
    var script = document.querySelector("script.conclusions-pages");
    if (!script) return null;
    try { return JSON.parse(script.textContent); } catch (e) { return null; }
  }

  // The pages holding rows that name every brief, theme and actor chosen; null when only the
  // kind is chosen (every page has rows of each kind, or may).
  function pagesHolding(paging, selects) {
    var out = null;
    ["brief", "theme", "actor"].forEach(function (name) {
      var want = selects[name].value;
      if (!want) return;
      var pages = (paging[name] && paging[name][want]) || [paging.page];
      out = out === null ? pages.slice() : out.filter(function (n) { return pages.indexOf(n) >= 0; });
    });
    return out;
  }

  function enhance(wrapper) {
    var table = wrapper.querySelector("table");
    if (!table || wrapper.parentNode.querySelector(".table-filters")) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var form = document.createElement("form");
    form.className = "table-filters";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", "Filter the conclusions");
    var selects = {};
    Object.keys(COLUMNS).forEach(function (name) {
      var label = document.createElement("label");
      var select = document.createElement("select");
      select.name = name;
      var all = document.createElement("option");
      all.value = "";
      all.textContent = "All";
      select.appendChild(all);
      optionsOf(rows, name).forEach(function (pair) {
        var option = document.createElement("option");
        option.value = pair[0];
        option.textContent = pair[1];
        select.appendChild(option);
      });
      label.appendChild(document.createTextNode(LABELS[name] + " "));
      label.appendChild(select);
      form.appendChild(label);
      selects[name] = select;
    });
    var reset = document.createElement("button");
    reset.type = "reset";
    reset.textContent = "Show all";
    form.appendChild(reset);
    var status = document.createElement("p");
    status.className = "table-filters-status";
    status.setAttribute("role", "status");
    var paging = pagesData();
    var pagerLinks = Array.prototype.slice.call(document.querySelectorAll(".pager a[data-page]"));
    pagerLinks.forEach(function (a) { a.setAttribute("data-base", a.getAttribute("href").split("?")[0]); });
    var hrefOf = {};
    pagerLinks.forEach(function (a) { hrefOf[a.getAttribute("data-page")] = a.getAttribute("data-base"); });
    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var ok = Object.keys(selects).every(function (name) {
          var want = selects[name].value;
          return !want || keys(row, name).indexOf(want) >= 0;
        });
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      status.textContent = "Showing " + shown + " of " + rows.length + " rows" + (paging ? " on this page." : ".");
      if (!paging) return;
      var query = Object.keys(selects).filter(function (name) { return selects[name].value; }).map(function (name) {
        return encodeURIComponent(name) + "=" + encodeURIComponent(selects[name].value);
      }).join("&");
      var holding = pagesHolding(paging, selects);  // null: every page may hold rows of this filter
      pagerLinks.forEach(function (a) {
        var n = parseInt(a.getAttribute("data-page"), 10);
        var holds = !holding || holding.indexOf(n) >= 0;
        a.setAttribute("href", a.getAttribute("data-base") + (query && holds ? "?" + query : ""));
        a.classList.toggle("pager-empty", !holds);
      });
      if (holding) {
        var others = holding.filter(function (n) { return n !== paging.page; });
        status.appendChild(document.createTextNode(others.length ? " Also on page" + (others.length > 1 ? "s " : " ") : " On no other page."));
        others.forEach(function (n, i) {
          if (i) status.appendChild(document.createTextNode(", "));
          var a = document.createElement("a");
          a.href = hrefOf[String(n)] + "?" + query;
          a.textContent = String(n);
          status.appendChild(a);
        });
        if (others.length) status.appendChild(document.createTextNode("."));
      }
    }
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    wrapper.parentNode.insertBefore(form, wrapper);
    wrapper.parentNode.insertBefore(status, wrapper);
    // `conclusions.html?actor=kim-jong-un`: an actor or theme page links to its own rows
    var query = window.location.search.replace(/^\?/, "").split("&");
    query.forEach(function (pair) {
      var parts = pair.split("=");
      var select = selects[decodeURIComponent(parts[0] || "")];
      var value = decodeURIComponent(parts[1] || "");
      if (select && Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
        select.value = value;
      }
    });
    apply();
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll(".conclusions-table"), enhance);
  }

  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

/* briefsite: copy a citation (progressive enhancement).
 *
 * Each paragraph of a brief page, each of its key judgements and each row of the conclusions
 * table gets a "Copy citation" button: authors, title, institution, date, paragraph number and
 * the link to that paragraph (the hosted address when the site knows it, else this copy's
 * address). The "Cite this brief" box copies its BibTeX or RIS. Works from file:// too.
 */
(function () {
  "use strict";

  function copy(text, button) {
    function done() {
      var label = button.textContent;
      button.textContent = "Copied";
      button.setAttribute("data-copied", text);
      setTimeout(function () { button.textContent = label; }, 1500);
    }
    function fallback() {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
      document.body.removeChild(area);
      done();
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  function pageUrl(data) {
    var hosted = data && data.getAttribute("data-url");
    return hosted || window.location.href.split("#")[0].split("?")[0];
  }

  function button(label, text) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "cite-button";
    b.textContent = "Cite";
    b.setAttribute("aria-label", label);
    b.addEventListener("click", function () { copy(text(), b); });
    return b;
  }

  function init() {
    var data = document.querySelector(".brief-cite");
    if (data) {
      var line = data.getAttribute("data-cite");
      Array.prototype.forEach.call(document.querySelectorAll("p.brief-para[id]"), function (p) {
        if (p.querySelector(".cite-button")) return;
        var n = p.id.replace(/^p-/, "");
        p.appendChild(button("Cite paragraph " + n + " (copy a citation)", function () {
          return line + ", paragraph " + n + ", " + pageUrl(data) + "#" + p.id;
        }));
      });
      Array.prototype.forEach.call(document.querySelectorAll(".key-judgements li"), function (li) {
        // Instant navigation (hosted) makes the link absolute: take its fragment either way.
        var a = li.querySelector("a[href*='#p-']");
        if (!a || li.querySelector(".cite-button")) return;
        var anchor = a.hash.slice(1);
        var n = anchor.split("-")[1];
        li.appendChild(button("Cite this judgement (copy a citation)", function () {
          return line + ", paragraph " + n + ", " + pageUrl(data) + "#" + anchor;
        }));
      });
    }
    Array.prototype.forEach.call(document.querySelectorAll(".conclusions-table tbody tr"), function (row) {
      var a = row.cells[2] && row.cells[2].querySelector("a[href]");
      if (!a || row.querySelector(".cite-button")) return;
      var n = (a.getAttribute("href").split("#")[1] || "").split("-")[1];
      row.cells[0].appendChild(button("Cite this conclusion (copy a citation)", function () {
        return (a.getAttribute("title") || a.textContent) + ", paragraph " + n + ", " + a.href;
      }));
    });
    Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (b) {
      if (b.getAttribute("data-ready")) return;
      b.setAttribute("data-ready", "1");
      b.addEventListener("click", function () {
        // (Material renames the ids of <pre> blocks, so the source is found by a data attribute)
        var source = document.querySelector("[data-copy-source='" + b.getAttribute("data-copy") + "']");
        if (source) copy(source.textContent, b);
      });
    });
  }

  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

/* briefsite: the section tab of a brief, actor or theme page is highlighted.
 *
 * Those pages are not in the navigation (listing thousands of pages would make every build
 * quadratic), so Material marks no tab for them. The tab whose index shares the page's
 * folder (`actors/…` -> Actors) is marked as Material marks its own.
 */
(function () {
  "use strict";

  function folderOf(href) {
    var parts = href.split("#")[0].split("?")[0].split("/");
    return parts.length > 1 ? parts[parts.length - 2] : "";
  }

  function init() {
    if (document.querySelector(".md-tabs__item--active")) return;
    var here = folderOf(window.location.href);
    Array.prototype.forEach.call(document.querySelectorAll(".md-tabs__item"), function (item) {
      var a = item.querySelector("a.md-tabs__link");
      if (a && /\/index\.html$/.test(a.href) && folderOf(a.href) === here) {
        item.classList.add("md-tabs__item--active");
        a.setAttribute("aria-current", "location");
      }
    });
  }

  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

/* briefsite: narrow search results to one kind (brief, actor, theme, conclusion).
 *
 * Chips under the search box put `kind:actor` (or another kind) at the start of the query,
 * or take it away for "All"; the search worker (search-worker.js) reads it. The token
 * stays visible in the box, so what narrows the results is always in view, and can be
 * typed as well. Without this script every result shows, each labelled with its kind.
 *
 * By keyboard: Material closes search on Tab and sends every other key to the query, so
 * the chips take their keys before it does (a toolbar: one tab stop, the chosen chip).
 * Tab in the query goes to the chips, Shift+Tab (or Up) back; Left/Right/Home/End move
 * between chips, Enter or Space chooses one (focus stays on it); Tab from the chips goes
 * to the first result, Down as Material does; letters still go to the query.
 */
(function () {
  "use strict";

  var KINDS = [["", "All"], ["brief", "Briefs"], ["actor", "Actors"], ["theme", "Themes"], ["conclusion", "Conclusions"]];
  var TOKEN = /(^|\s)kind:\S*\s*/gi;

  function kindOf(value) {
    var m = /(?:^|\s)kind:(\S*)/i.exec(value);
    return m ? m[1].toLowerCase().replace(/s$/, "") : "";
  }

  function mark(group, value) {
    var kind = kindOf(value);
    Array.prototype.forEach.call(group.querySelectorAll("button"), function (b) {
      var on = b.getAttribute("data-kind") === kind;
      b.setAttribute("aria-pressed", String(on));
      b.tabIndex = on ? 0 : -1;  // one tab stop for the group: the chosen chip
    });
  }

  function choose(input, kind, byKeyboard) {
    var rest = input.value.replace(TOKEN, " ").replace(/\s+/g, " ").trim();
    input.value = (kind ? "kind:" + kind + " " : "") + rest;
    if (!byKeyboard) input.focus();
    input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));  // Material searches on keyup
  }

  function chips(group) { return Array.prototype.slice.call(group.querySelectorAll("button")); }

  function current(group) {  // the chip that holds the group's one tab stop
    var list = chips(group);
    return list.filter(function (b) { return b.getAttribute("aria-pressed") === "true"; })[0] || list[0];
  }

  // Keys on a chip: handled here and kept from Material, which would close search (Tab) or
  // move focus to the query (every other key, Space included, so no chip could be pressed).
  function onChipKey(ev, group, input, result) {
    var list = chips(group), at = list.indexOf(ev.target), key = ev.key, to = null;
    if (at < 0 || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    if (key === "Shift") { ev.stopPropagation(); return; }  // on its own Material would focus the query
    if (key === "ArrowRight" || key === "ArrowLeft") to = list[(at + (key === "ArrowRight" ? 1 : list.length - 1)) % list.length];
    else if (key === "Home" || key === "End") to = list[key === "Home" ? 0 : list.length - 1];
    else if ((key === "Tab" && ev.shiftKey) || key === "ArrowUp") to = input;
    else if (key === "Tab") to = result.querySelector(".md-search-result__list a[href]");
    else if (key !== "Enter" && key !== " ") return;  // letters, Down, Escape: Material's
    ev.stopPropagation();
    if (key === "Tab" && !to) return;  // no result to go to: the browser's own next stop
    if (key !== "Enter" && key !== " ") ev.preventDefault();
    if (to) to.focus();
  }

  function init() {
    var input = document.querySelector(".md-search__input");
    var result = document.querySelector(".md-search-result");
    if (!input || !result || result.querySelector(".bs-search-kinds")) return;
    var group = document.createElement("div");
    group.className = "bs-search-kinds";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Show only");
    KINDS.forEach(function (k) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "bs-search-kind-filter";
      b.setAttribute("data-kind", k[0]);
      b.title = k[0] ? "Only " + k[1].toLowerCase() + " (types kind:" + k[0] + ")" : "Results of every kind";
      b.textContent = k[1];
      // A click from the keyboard (Enter, Space) has no pointer: detail is 0.
      b.addEventListener("click", function (ev) { choose(input, k[0], ev.detail === 0); mark(group, input.value); });
      group.appendChild(b);
    });
    result.insertBefore(group, result.querySelector(".md-search-result__list"));
    group.addEventListener("keydown", function (ev) { onChipKey(ev, group, input, result); });
    input.addEventListener("keydown", function (ev) {  // Tab from the query: to the chips, not closed
      if (ev.key !== "Tab" || ev.shiftKey || ev.altKey || ev.ctrlKey || ev.metaKey) return;
      ev.stopPropagation();
      ev.preventDefault();
      current(group).focus();
    });
    input.addEventListener("keyup", function () { mark(group, input.value); });
    input.form.addEventListener("reset", function () { setTimeout(function () { mark(group, ""); }, 0); });
    mark(group, input.value);
  }

  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
