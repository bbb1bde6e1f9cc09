/* newsprism report: follow a citation to its highlighted evidence, the side-by-side view, print set-up.
   Plain JavaScript, no library; the page reads without it (citations are plain # links, :target styles them). */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var articles = {};
  data.articles.forEach(function (a) { articles[a.id] = a; });
  var backLink = document.getElementById("back-link");
  var COLOURS = 6;

  /* ---- citations: highlight the evidence in its article ---- */
  function openAncestors(el) {
    for (var node = el; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
  }

  function highlight(id, origin) {
    var target = document.getElementById(id);
    if (!target) return false;
    document.querySelectorAll(".is-hl").forEach(function (el) { el.classList.remove("is-hl"); });
    document.querySelectorAll('[data-ev="' + id + '"]').forEach(function (el) { el.classList.add("is-hl"); });
    openAncestors(target);
    target.scrollIntoView({ block: "center", behavior: "auto" });
    target.focus({ preventScroll: true });
    if (origin && origin.id) {
      backLink.href = "#" + origin.id;
      backLink.hidden = false;
    }
    return true;
  }

  document.querySelectorAll("a[data-cite]").forEach(function (a, i) {
    if (!a.id) a.id = "cite-" + (i + 1);
  });

  document.addEventListener("click", function (event) {
    var el = event.target.closest ? event.target.closest("a[data-cite], a[data-conflict], [data-compare]") : null;
    if (!el) return;
    if (el.hasAttribute("data-cite")) {
      if (highlight(el.getAttribute("data-cite"), el)) {
        event.preventDefault();
        history.replaceState(null, "", "#" + el.getAttribute("data-cite"));
      }
    } else if (el.hasAttribute("data-conflict")) {
      event.preventDefault();
      openConflict(el.getAttribute("data-conflict"), el);
    } else {
      var pair = el.getAttribute("data-compare").split("|");
      selectA.value = pair[0];
      selectB.value = pair[1];
      renderCompare();
      document.getElementById("compare").scrollIntoView({ block: "start" });
      selectA.focus({ preventScroll: true });
    }
  });

  function openConflict(index, origin) {
    var details = document.getElementById("conflict-" + index);
    if (!details) return;
    details.open = true;
    details.scrollIntoView({ block: "start" });
    details.querySelector("summary").focus({ preventScroll: true });
    if (origin && origin.id) { backLink.href = "#" + origin.id; backLink.hidden = false; }
  }

  backLink.addEventListener("click", function (event) {
    var target = document.getElementById(backLink.getAttribute("href").slice(1));
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
    backLink.hidden = true;
  });

  function followHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id.indexOf("ev-") === 0) highlight(id, null);
    else if (id.indexOf("conflict-") === 0) openConflict(id.slice(9), null);
  }
  window.addEventListener("hashchange", followHash);

  /* ---- side by side ---- */
  var selectA = document.getElementById("compare-a");
  var selectB = document.getElementById("compare-b");
  var view = document.getElementById("compare-view");
  var summary = document.getElementById("compare-summary");
  var words = document.getElementById("compare-words");

  function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function orientedPair(a, b) {
    var p = data.pairs[a + "|" + b], flip = false;
    if (!p) { p = data.pairs[b + "|" + a]; flip = true; }
    if (!p) return { relation: "independent", source: null, coverage: 0, passages: [], changes: [] };
    var passages = p.passages.map(function (q) {
      return flip ? { as: q[2], ae: q[3], bs: q[0], be: q[1], sim: q[4] } : { as: q[0], ae: q[1], bs: q[2], be: q[3], sim: q[4] };
    });
    passages.sort(function (x, y) { return x.as - y.as || x.bs - y.bs; });
    passages.forEach(function (q, i) { q.n = i + 1; });
    var changes = p.changes.map(function (c) {
      return flip ? { kind: c.kind, av: c.b_value, bv: c.a_value, a: c.b, b: c.a }
                  : { kind: c.kind, av: c.a_value, bv: c.b_value, a: c.a, b: c.b };
    });
    return { relation: p.relation, source: p.source, coverage: p.coverage, passages: passages, changes: changes };
  }

  /* The longest run of passages in the same order in both articles: these are laid out in aligned rows. */
  function chain(passages) {
    var best = [], prev = [];
    passages.forEach(function (p, i) {
      best[i] = 1; prev[i] = -1;
      for (var j = 0; j < i; j++) {
        var q = passages[j];
        if (q.ae <= p.as && q.be <= p.bs && best[j] + 1 > best[i]) { best[i] = best[j] + 1; prev[i] = j; }
      }
    });
    var end = -1;
    best.forEach(function (v, i) { if (end < 0 || v > best[end]) end = i; });
    var out = [];
    for (var k = end; k >= 0; k = prev[k]) out.unshift(passages[k]);
    return out;
  }

  function tokens(text, offset) {
    var re = /[\w\u00C0-\uFFFF]+(?:['\u2019.,][\w\u00C0-\uFFFF]+)*/g, out = [], m;
    while ((m = re.exec(text))) out.push({ s: offset + m.index, e: offset + m.index + m[0].length, w: m[0].toLowerCase() });
    return out;
  }

  /* Words of each side that the other side's aligned passage lacks (longest common subsequence). */
  function reworded(ta, tb) {
    var n = ta.length, m = tb.length, table = [], i, j;
    for (i = 0; i <= n; i++) { table.push(new Array(m + 1).fill(0)); }
    for (i = n - 1; i >= 0; i--) for (j = m - 1; j >= 0; j--) {
      table[i][j] = ta[i].w === tb[j].w ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
    var keepA = {}, keepB = {};
    i = 0; j = 0;
    while (i < n && j < m) {
      if (ta[i].w === tb[j].w) { keepA[i] = keepB[j] = true; i++; j++; }
      else if (table[i + 1][j] >= table[i][j + 1]) i++; else j++;
    }
    return { a: merge(ta, keepA), b: merge(tb, keepB) };
  }

  function merge(toks, keep) {
    var out = [];
    toks.forEach(function (t, i) {
      if (keep[i]) return;
      var last = out[out.length - 1];
      if (last && last.next === i) { last.e = t.e; last.next = i + 1; }
      else out.push({ s: t.s, e: t.e, next: i + 1, tag: "span", cls: "w" });
    });
    return out;
  }

  function trim(text, s, e) {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    return [s, e];
  }

  /* text[s:e] escaped, with every range that touches it wrapped in its element (split where ranges overlap). */
  function cell(text, s, e, ranges) {
    var cuts = [s, e];
    ranges.forEach(function (r) {
      if (r.s < e && r.e > s) { cuts.push(Math.max(r.s, s)); cuts.push(Math.min(r.e, e)); }
    });
    cuts = cuts.filter(function (v, i, all) { return all.indexOf(v) === i; }).sort(function (x, y) { return x - y; });
    var html = "";
    for (var i = 0; i + 1 < cuts.length; i++) {
      var x = cuts[i], y = cuts[i + 1], open = "", close = "";
      ranges.forEach(function (r) {
        if (r.s <= x && r.e >= y) {
          open += "<" + r.tag + (r.cls ? ' class="' + r.cls + '"' : "") + (r.title ? ' title="' + escapeHtml(r.title) + '"' : "") + ">";
          close = "</" + r.tag + ">" + close;
        }
      });
      html += open + escapeHtml(text.slice(x, y)) + close;
    }
    return html;
  }

  /* A change read source -> copy: the source's value first, whichever side (A or B) the source is on. */
  function sourceToCopy(c, pair) {
    return pair.source === selectB.value ? [c.bv, c.av] : [c.av, c.bv];
  }

  function changeRanges(pair, side) {
    var sourceSide = pair.source === selectA.value ? "a" : pair.source === selectB.value ? "b" : null;
    return pair.changes.map(function (c) {
      var tag = sourceSide === null ? "mark" : sourceSide === side ? "del" : "ins";
      var v = sourceToCopy(c, pair);
      return { s: c[side][0], e: c[side][1], tag: tag, cls: "chg chg-" + c.kind, title: c.kind + " changed: " + v[0] + " \u2192 " + v[1] };
    });
  }

  function passageRanges(pair, side, skip) {
    return pair.passages.filter(function (p) { return p !== skip; }).map(function (p) {
      return { s: p[side + "s"], e: p[side + "e"], tag: "span", cls: "pp p" + (p.n - 1) % COLOURS, title: "passage " + p.n };
    });
  }

  function rows(pair, a, b) {
    var aligned = chain(pair.passages), out = [], ia = 0, ib = 0;
    function gap(ea, eb) {
      var ra = trim(a.text, ia, ea), rb = trim(b.text, ib, eb);
      if (ra[0] < ra[1] || rb[0] < rb[1]) out.push({ kind: "gap", a: ra, b: rb });
    }
    aligned.forEach(function (p) {
      gap(p.as, p.bs);
      out.push({ kind: "passage", p: p, a: [p.as, p.ae], b: [p.bs, p.be] });
      ia = p.ae; ib = p.be;
    });
    gap(a.text.length, b.text.length);
    return out;
  }

  function rowHtml(row, pair, a, b) {
    var ra = changeRanges(pair, "a"), rb = changeRanges(pair, "b"), cls = "crow", num = "";
    if (row.kind === "passage") {
      var p = row.p;
      cls += " passage p" + (p.n - 1) % COLOURS;
      num = '<span class="pnum" title="similarity ' + Math.round(p.sim * 100) + '%">' + p.n + "</span>";
      if (words.checked && a.text.slice(p.as, p.ae) !== b.text.slice(p.bs, p.be)) {
        var diff = reworded(tokens(a.text.slice(p.as, p.ae), p.as), tokens(b.text.slice(p.bs, p.be), p.bs));
        ra = ra.concat(diff.a); rb = rb.concat(diff.b);
      }
    } else {
      cls += " gap";
      ra = ra.concat(passageRanges(pair, "a", null)); rb = rb.concat(passageRanges(pair, "b", null));
    }
    return '<div class="' + cls + '"><div class="ccell" data-side="A">' + cell(a.text, row.a[0], row.a[1], ra) +
      '</div><div class="cgutter">' + num + '</div><div class="ccell" data-side="B">' + cell(b.text, row.b[0], row.b[1], rb) + "</div></div>";
  }

  function head(article, side) {
    return '<div class="chead-cell"><span class="side-key">' + side + '</span> <a href="#' + article.anchor + '"><span class="num">' +
      article.n + "</span> " + escapeHtml(article.label) + '</a><span class="ctitle">' + escapeHtml(article.title) + "</span></div>";
  }

  function clip(value) {
    return value.length > 32 ? "\u201c" + value.slice(0, 30).trim() + "\u2026\u201d" : value;
  }

  function describe(pair, a, b) {
    var name = function (x) { return x.n + " " + x.label; };
    var text;
    if (pair.relation === "independent") {
      text = "<strong>Independent</strong>: neither copies the other";
      text += pair.passages.length ? "; " + pair.passages.length + " passage" + (pair.passages.length === 1 ? "" : "s") + " state the same thing." : "; no passage in common.";
    } else {
      var verb = pair.relation === "verbatim" ? "reprints" : "rewrites";
      if (pair.source === a.id) text = "<strong>" + escapeHtml(name(b)) + "</strong> " + verb + " <strong>" + escapeHtml(name(a)) + "</strong>";
      else if (pair.source === b.id) text = "<strong>" + escapeHtml(name(a)) + "</strong> " + verb + " <strong>" + escapeHtml(name(b)) + "</strong>";
      else text = "<strong>" + pair.relation + "</strong> (direction unknown)";
      text += ": " + Math.round(pair.coverage * 100) + "% of the copy comes from the source, " + pair.passages.length + " aligned passages";
      if (pair.changes.length) {
        text += "; changed (source \u2192 copy): " + pair.changes.map(function (c) {
          var v = sourceToCopy(c, pair);
          return c.kind + " " + escapeHtml(clip(v[0])) + " \u2192 " + escapeHtml(clip(v[1]));
        }).join("; ");
      }
      text += ".";
    }
    return text;
  }

  function renderCompare() {
    if (!selectA || !selectB) return;
    var a = articles[selectA.value], b = articles[selectB.value];
    if (!a || !b) return;
    if (a.id === b.id) {
      summary.innerHTML = "Pick two different articles.";
      view.innerHTML = "";
      return;
    }
    var pair = orientedPair(a.id, b.id);
    summary.innerHTML = describe(pair, a, b);
    view.innerHTML = '<div class="chead">' + head(a, "A") + '<div class="cgutter"></div>' + head(b, "B") + "</div>" +
      rows(pair, a, b).map(function (row) { return rowHtml(row, pair, a, b); }).join("");
    view.setAttribute("data-pair", a.id + "|" + b.id);
  }

  if (selectA && selectB) {
    var previous = { a: selectA.value, b: selectB.value };
    [selectA, selectB].forEach(function (sel) {
      sel.addEventListener("change", function () {
        var other = sel === selectA ? selectB : selectA;
        if (other.value === sel.value) other.value = previous[sel.getAttribute("data-side")];
        previous = { a: selectA.value, b: selectB.value };
        renderCompare();
      });
    });
    document.getElementById("compare-swap").addEventListener("click", function () {
      var x = selectA.value; selectA.value = selectB.value; selectB.value = x;
      previous = { a: selectA.value, b: selectB.value };
      renderCompare();
    });
    words.addEventListener("change", renderCompare);
    renderCompare();
  }

  /* ---- print: every collapsed part open, then closed again ---- */
  var reopened = [];
  window.addEventListener("beforeprint", function () {
    reopened = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    reopened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    reopened.forEach(function (d) { d.open = false; });
    reopened = [];
  });
  var printButton = document.getElementById("print-button");
  if (printButton) printButton.addEventListener("click", function () { window.print(); });

  followHash();
})();
