/* briefsite's search worker, in place of Material's (both builds; overrides/main.html names it).
 *
 * It speaks Material's worker messages (SETUP 0 -> READY 1, QUERY 2 -> RESULT 3), so
 * Material's search box, result list and highlighting are unchanged, and reads the index
 * the build writes (hooks/briefsite/site/search_index.py): a brief paragraph per entry.
 * Nothing is built before the first answer: the entries are read as they are and each
 * query scans them (a few tens of ms at 1,000 briefs), where Material's worker built a
 * lunr index first (10 s from disk at 1,000 briefs).
 *
 *  - every word of the query must match (the last one as typed, every one as a word's
 *    start; `sanctions` also finds `sanction`); a result lands on its paragraph;
 *  - a run of words that is an actor's name or alias (`DPRK`) finds the paragraphs that
 *    use any of its names, and puts the actor's page first;
 *  - `kind:brief|actor|theme|conclusion` narrows the results (the chips docs/assets/
 *    briefsite.js adds under the search box type it); the authors' conclusions are
 *    results of their own only then: otherwise their paragraph stands for them;
 *  - with Material's `search.suggest`, the last word typed is completed (`sanc` ->
 *    `sanctions`, `kind:ac` -> `kind:actor`) from the words of the best results, in the
 *    form Material's suggestion line reads (`suggest`, its last item completes the word);
 *  - brief text is untrusted: the index holds it escaped, the worker reads it back as
 *    text and escapes every piece it writes, marks included.
 *
 * From disk, docs/assets/search-offline.js loads this file into the page to take its
 * source (`window.__briefsite_want_worker_source`) and starts it from a Blob.
 */
(function () {
  "use strict";

  function main() {
    var KINDS = { brief: "Brief", actor: "Actor", theme: "Theme", conclusion: "Conclusion", page: "Page" };
    var MAX_GROUPS = 60, MAX_IN_GROUP = 12, SNIPPET = 320;
    var WORD = /[\p{L}\p{N}]+/gu;
    var docs = [];     // {loc, page, kind, title, text, fold, ftitle, names, article}
    var pages = new Map(); // page URL -> index of its first entry
    var names = new Map(); // folded name -> [actor entry index]
    var actorNames = new Map(); // actor entry index -> its names
    var suggestOn = false; // Material's search.suggest, sent with the index

    function unescapeHtml(s) {
      return s.replace(/<[^>]*>/g, " ").replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, function (all, e) {
        if (e[0] === "#") return String.fromCodePoint(parseInt(e[1] === "x" || e[1] === "X" ? e.slice(2) : e.slice(1), e[1] === "x" || e[1] === "X" ? 16 : 10));
        return { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: " " }[e.toLowerCase()] || all;
      }).replace(/\s+/g, " ").trim();
    }
    function esc(s) {
      return s.replace(/[&<>"']/g, function (c) {
        return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
      });
    }
    function fold(s) {
      s = s.toLowerCase();
      // eslint-disable-next-line no-control-regex
      return /[^\x00-\x7f]/.test(s) ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s;
    }
    function words(s) { return fold(s).match(WORD) || []; }
    function reEscape(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

    function setup(data) {
      docs = []; pages = new Map(); names = new Map(); actorNames = new Map();
      suggestOn = !!(data.options && data.options.suggest);
      (data.docs || []).forEach(function (d) {
        var loc = String(d.location || ""), page = loc.split("#")[0];
        var first = !pages.has(page);
        if (first) pages.set(page, docs.length);
        var article = pages.get(page);
        var kind = d.kind || (first ? "page" : docs[article].kind);
        var title = unescapeHtml(String(d.title || "")), text = unescapeHtml(String(d.text || ""));
        var i = docs.length;
        docs.push({ loc: loc, page: page, kind: kind, title: title, text: text, fold: fold(text),
                    ftitle: fold(title), article: article, section: !first });
        if (Array.isArray(d.names)) {
          actorNames.set(i, d.names.map(String));
          d.names.forEach(function (n) {
            var key = words(String(n)).join(" ");
            if (!key) return;
            if (!names.has(key)) names.set(key, []);
            if (names.get(key).indexOf(i) < 0) names.get(key).push(i);
          });
        }
      });
    }

    // A query word found as a word's start; a name found whole (an all-caps name by its case).
    function stem(w) {
      if (w.length > 4 && /ies$/.test(w)) return w.slice(0, -3);
      if (w.length > 4 && /(ss|us|is)$/.test(w)) return w;
      if (w.length > 3 && /s$/.test(w)) return w.slice(0, -1);
      return w;
    }
    var EDGE = "(?![\\p{L}\\p{N}])";
    // Every word as a word's start, but a short word already typed in full (`of`, `war` before
    // another word) as a whole word, with its inflections: `of` does not light up `offers`.
    var INFLECTED = "(?:s|es|ed|d|ing|['’]s)?" + "(?![\\p{L}\\p{N}])";
    function typedPart(ws, done) {
      return ws.map(function (w, k) {
        var whole = w.length <= 3 && (k < ws.length - 1 || done);
        return reEscape(stem(w)) + (whole ? INFLECTED : "");
      }).join("[^\\p{L}\\p{N}]+");
    }
    function namePart(name) {  // [pattern, whether it is matched on folded text]
      var ws = name.match(WORD) || [];
      if (!ws.length) return null;
      var upper = name === name.toUpperCase() && /\p{Lu}/u.test(name) && name.replace(/[^\p{L}]/gu, "").length <= 5;
      return [(upper ? ws : ws.map(fold)).map(reEscape).join("[^\\p{L}\\p{N}]+") + EDGE, !upper];
    }
    function matchers(parts) {  // one regex for the folded text, one for the text as written
      var out = [];
      [true, false].forEach(function (folded) {
        var alts = parts.filter(function (p) { return p[1] === folded; }).map(function (p) { return p[0]; });
        if (alts.length) out.push({ re: new RegExp("(?:^|[^\\p{L}\\p{N}])(" + alts.join("|") + ")", "gu"), folded: folded });
      });
      return out;
    }

    // The query as groups of alternatives: each group must match; a kind filter aside.
    function parse(query) {
      var kind = null;
      query = query.replace(/(?:^|\s)kind:(\S*)/gi, function (all, k) {
        k = k.toLowerCase().replace(/s$/, "");
        if (KINDS[k]) kind = k;
        return " ";
      });
      var ws = words(query), groups = [], i = 0;
      var ended = /[^\p{L}\p{N}]$/u.test(query);  // the last word is typed in full too
      while (i < ws.length) {
        var matched = 0, actors = null;
        for (var j = ws.length; j > i && !matched; j--) {
          var key = ws.slice(i, j).join(" ");
          if (names.has(key) && key.length > 1) {
            matched = j - i; actors = names.get(key);
          }
        }
        if (matched) {
          var parts = [[typedPart(ws.slice(i, i + matched), i + matched < ws.length || ended), true]];
          actors.forEach(function (a) {
            actorNames.get(a).forEach(function (n) {
              // A short single word (`Kim`) names too many; an acronym (`NIS`) is matched by its case.
              var p = (n.match(WORD) || []).length > 1 || n.length > 3 || n === n.toUpperCase() ? namePart(n) : null;
              if (p) parts.push(p);
            });
          });
          groups.push({ alts: matchers(parts), actors: actors });
          i += matched;
        } else {
          groups.push({ alts: matchers([[typedPart([ws[i]], i + 1 < ws.length || ended), true]]), actors: [] });
          i += 1;
        }
      }
      return { kind: kind, groups: groups, words: ws };
    }

    function count(re, s) {
      re.lastIndex = 0;
      var n = 0;
      while (n < 8 && re.exec(s) !== null) n++;
      return n;
    }

    function wanted(d, kind) {
      if (kind) return d.kind === kind;
      return d.kind !== "conclusion" || !d.section;
    }

    function score(q) {
      var alive = [];
      for (var i = 0; i < docs.length; i++) if (wanted(docs[i], q.kind)) alive.push(i);
      var scores = new Float64Array(docs.length);
      q.groups.forEach(function (g) {
        var next = [], hits = [];
        alive.forEach(function (i) {
          var d = docs[i], inText = 0, inTitle = 0;
          g.alts.forEach(function (m) {
            inText += count(m.re, m.folded ? d.fold : d.text);
            inTitle += count(m.re, m.folded ? d.ftitle : d.title);
          });
          var named = g.actors.indexOf(i) >= 0;
          if (inText + inTitle > 0 || named) { next.push(i); hits.push([inText, inTitle, named]); }
        });
        var idf = Math.log(1 + docs.length / (1 + next.length));
        next.forEach(function (i, k) {
          var h = hits[k], d = docs[i];
          var s = Math.log(1 + h[0]) + (h[1] ? (d.section ? 1 : 4) : 0) + (h[2] ? 20 : 0);
          scores[i] += idf * s;
        });
        alive = next;
      });
      var whole = q.words.join(" ");
      alive.forEach(function (i) {  // a page titled exactly as the query comes first
        if (!docs[i].section && (docs[i].ftitle.match(WORD) || []).join(" ") === whole) scores[i] += 10 * q.groups.length;
      });
      return alive.map(function (i) { return [i, scores[i]]; });
    }

    function highlight(text, q, focus) {
      var res = [];
      q.groups.forEach(function (g, k) { g.alts.forEach(function (m) { res.push([m, k]); }); });
      var spans = [];
      var ftext = fold(text), sameLength = ftext.length === text.length;
      res.forEach(function (pair) {
        var m = pair[0];
        var s = m.folded ? (sameLength ? ftext : null) : text;
        if (s === null) return;
        m.re.lastIndex = 0;
        var hit;
        while ((hit = m.re.exec(s)) !== null) {
          var start = hit.index + hit[0].length - hit[1].length;
          spans.push([start, start + hit[1].length, pair[1]]);
          if (spans.length > 200) break;
        }
      });
      spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
      var from = 0, to = text.length;
      if (focus && text.length > SNIPPET) {
        var at = spans.length ? bestWindow(spans) : 0;
        from = Math.max(0, at - 80);
        if (from > 0) from = text.indexOf(" ", from) + 1 || from;
        to = Math.min(text.length, from + SNIPPET);
        if (to < text.length) to = text.lastIndexOf(" ", to) > from ? text.lastIndexOf(" ", to) : to;
      }
      var out = from > 0 ? "… " : "", pos = from;
      spans.forEach(function (sp) {
        if (sp[0] < pos || sp[1] > to) return;
        out += esc(text.slice(pos, sp[0])) + "<mark>" + esc(text.slice(sp[0], sp[1])) + "</mark>";
        pos = sp[1];
      });
      return out + esc(text.slice(pos, to)) + (to < text.length ? " …" : "");
    }

    // Where the excerpt starts: at the match whose window holds the most different query words
    // (`DPRK sanc`: a window with both, not the first `North Korea` alone), the earliest on a tie.
    function bestWindow(spans) {
      var best = spans[0][0], most = 0;
      spans.forEach(function (sp) {
        var seen = {}, n = 0;
        spans.forEach(function (o) {
          if (o[0] >= sp[0] - 80 && o[1] <= sp[0] - 80 + SNIPPET && !seen[o[2]]) { seen[o[2]] = true; n += 1; }
        });
        if (n > most) { most = n; best = sp[0]; }
      });
      return best;
    }

    function item(i, s, q, terms) {
      var d = docs[i];
      var label = d.section ? "" : "<span class=\"bs-search-kind\" data-kind=\"" + d.kind + "\">" + KINDS[d.kind] + "</span> ";
      return { location: d.loc, title: label + highlight(d.title, q, false), text: highlight(d.text, q, true),
               score: s, terms: terms };
    }

    // The last word typed, completed: a kind after `kind:`, else the word of the best results
    // (titles first, then their text) that starts with it and is found most often.
    function suggest(query, ranked) {
      var typed = (String(query).split(/[\s-]+/).pop() || "");
      var kind = /^kind:(\w*)$/i.exec(typed);
      if (kind) {
        var k = Object.keys(KINDS).filter(function (n) { return n !== kind[1].toLowerCase() && n.indexOf(kind[1].toLowerCase()) === 0; })[0];
        return k ? [typed.slice(0, 5) + kind[1] + k.slice(kind[1].length)] : [];
      }
      var start = fold(typed);
      if (start.length < 2 || start.length !== typed.length || !/^[\p{L}\p{N}]+$/u.test(typed)) return [];
      var seen = new Map();
      ranked.slice(0, 5).forEach(function (list) {
        list.slice(0, 3).forEach(function (p) {
          var d = docs[p[0]];
          [[d.ftitle, 3], [d.fold, 1]].forEach(function (field) {
            (field[0].match(WORD) || []).forEach(function (w) {
              if (w.indexOf(start) === 0) seen.set(w, (seen.get(w) || 0) + field[1]);
            });
          });
        });
      });
      var best = Array.from(seen.entries()).sort(function (a, b) { return b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1); })[0];
      // A whole word typed (`summit`) is left as it is unless a longer one is found more often.
      return best && best[1] > (seen.get(start) || 0) ? [typed + best[0].slice(start.length)] : [];
    }

    function search(query) {
      var q = parse(String(query));
      if (!q.groups.length) {
        if (!q.kind) return suggestOn ? { items: [], suggest: suggest(query, []) } : { items: [] };
        q.groups = [];
      }
      var found = q.groups.length ? score(q) : docs.map(function (d, i) { return [i, 0]; })
        .filter(function (p) { return docs[p[0]].kind === q.kind && !docs[p[0]].section; });
      var terms = {};
      q.words.forEach(function (w) { terms[w] = true; });
      var groups = new Map();
      found.forEach(function (p) {
        var page = docs[p[0]].page;
        if (!groups.has(page)) groups.set(page, []);
        groups.get(page).push(p);
      });
      // A page ranks by its best entry; within it the paragraphs come first (Material shows
      // those as good as the first and folds the rest), so a result shows where it matched.
      var ranked = Array.from(groups.values()).map(function (list) {
        var best = Math.max.apply(null, list.map(function (p) { return p[1]; }));
        list.sort(function (a, b) {
          return docs[a[0]].section === docs[b[0]].section ? b[1] - a[1] || a[0] - b[0] : docs[a[0]].section ? -1 : 1;
        });
        return { best: best, list: list };
      }).sort(function (a, b) { return b.best - a.best || a.list[0][0] - b.list[0][0]; }).slice(0, MAX_GROUPS)
        .map(function (g) { return g.list; });
      var result = {
        items: ranked.map(function (list) {
          var shown = list.slice(0, MAX_IN_GROUP), article = docs[list[0][0]].article;
          var out = shown.map(function (p) { return item(p[0], p[1], q, terms); });
          if (!shown.some(function (p) { return p[0] === article; })) out.push(item(article, 0, q, {}));
          return out;
        })
      };
      if (suggestOn) result.suggest = suggest(query, ranked);
      return result;
    }

    addEventListener("message", function (ev) {
      var message = ev.data || {};
      if (message.type === 0) {
        setup(message.data || {});
        postMessage({ type: 1 });
      } else if (message.type === 2) {
        var result;
        try {
          result = search(message.data);
        } catch (err) {
          console.warn("briefsite search: " + err);
          result = { items: [] };
        }
        postMessage({ type: 3, data: result });
      }
    });
  }

  if (typeof window !== "undefined" && window.__briefsite_want_worker_source) {
    window.__briefsite_worker_source = "(" + main.toString() + ")();";
  } else {
    main();
  }
})();
