// Standfirst preview bridge: the only script in the preview page. Java calls it through
// WebEngine.executeScript; it never calls back. Content arrives already escaped by the render
// layer; this sanitises again (defence in depth) because innerHTML would still run handlers
// such as onerror once a node joins the document.
(function () {
  'use strict';
  var BLOCKED = {SCRIPT: 1, IFRAME: 1, OBJECT: 1, EMBED: 1, FRAME: 1, FRAMESET: 1, BASE: 1, META: 1, LINK: 1, FORM: 1, STYLE: 1};
  var URL_ATTRS = {href: 1, src: 1, action: 1, formaction: 1, xlink: 1, srcset: 1, poster: 1, background: 1};

  function unsafeUrl(v) {
    var s = String(v).replace(/[\u0000-\u0020]+/g, '').toLowerCase();
    return s.indexOf('javascript:') === 0 || s.indexOf('vbscript:') === 0 || s.indexOf('data:text/html') === 0;
  }

  function clean(root) {
    var all = root.querySelectorAll('*');
    for (var i = all.length - 1; i >= 0; i--) {
      var el = all[i];
      if (BLOCKED[el.tagName.toUpperCase()]) {
        el.parentNode.removeChild(el);
        continue;
      }
      for (var j = el.attributes.length - 1; j >= 0; j--) {
        var a = el.attributes[j];
        var name = a.name.toLowerCase();
        if (name.indexOf('on') === 0 || (URL_ATTRS[name] && unsafeUrl(a.value)) || name === 'style' && /expression|url\s*\(\s*['"]?\s*javascript/i.test(a.value)) {
          el.removeAttribute(a.name);
        }
      }
    }
  }

  function fragment(html) {
    // A template's content is inert: nothing loads and no handler fires until it is adopted.
    var t = document.createElement('template');
    t.innerHTML = html;
    clean(t.content);
    return document.importNode(t.content, true);
  }

  function makeBlock(b) {
    var frag = fragment(b.h);
    var el;
    var elems = 0;
    for (var n = frag.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1) { elems++; }
    }
    if (elems === 1 && frag.childNodes.length <= 3) {
      el = frag.firstElementChild || frag.querySelector('*');
    } else {
      el = document.createElement('div');
      el.className = 'sf-block';
      el.appendChild(frag);
    }
    el.setAttribute('data-key', b.k);
    return el;
  }

  function region(selector) {
    return document.querySelector(selector);
  }

  // Makes the children of region id match blocks [{k: key, h: html, s: startLine, e: endLine}]:
  // unchanged keys keep their nodes (so images do not reload and scroll holds), new keys are
  // inserted, missing ones removed. Returns the number of nodes created.
  function patch(selector, json) {
    var c = region(selector);
    if (!c) { return -1; }
    var blocks = JSON.parse(json);
    var existing = {};
    for (var n = c.firstElementChild; n; n = n.nextElementSibling) {
      var key = n.getAttribute('data-key');
      if (key) { existing[key] = n; }
    }
    var created = 0;
    var placed = {};
    var prev = null;
    for (var i = 0; i < blocks.length; i++) {
      var b = blocks[i];
      var el = existing[b.k];
      if (el) {
        delete existing[b.k];
      } else if (b.h === undefined && placed[b.k]) {
        // The same block twice (two identical paragraphs): copy the one already placed.
        el = placed[b.k].cloneNode(true);
      } else {
        el = makeBlock(b);
        created++;
      }
      placed[b.k] = el;
      if (b.s !== undefined) {
        el.setAttribute('data-line', b.s);
        el.setAttribute('data-line-end', b.e);
      }
      var want = prev ? prev.nextSibling : c.firstChild;
      if (el !== want) { c.insertBefore(el, want); }
      prev = el;
    }
    for (var k in existing) {
      if (Object.prototype.hasOwnProperty.call(existing, k)) { c.removeChild(existing[k]); }
    }
    // Anything else left in the region (the template's placeholder text) goes too.
    var stray = [];
    for (var m = c.firstChild; m; m = m.nextSibling) {
      if (m.nodeType !== 1 || !m.getAttribute('data-key')) { stray.push(m); }
    }
    for (var x = 0; x < stray.length; x++) { c.removeChild(stray[x]); }
    return created;
  }

  function blockForLine(scope, line) {
    var root = (scope && document.querySelector(scope)) || document;
    var blocks = root.querySelectorAll('[data-line]');
    var best = null;
    for (var i = 0; i < blocks.length; i++) {
      var s = +blocks[i].getAttribute('data-line');
      if (s <= line) { best = blocks[i]; } else { break; }
    }
    return best;
  }

  // Scrolls so the block holding source line sits at the top, part-way in as the editor is.
  function scrollToLine(scope, line, fraction) {
    var el = blockForLine(scope, line);
    if (!el) {
      var region = scope && document.querySelector(scope);
      var section = region && region.closest ? region.closest('section') : null;
      if (section) { section.scrollIntoView(true); } else { window.scrollTo(0, 0); }
      return;
    }
    var r = el.getBoundingClientRect();
    window.scrollTo(0, window.pageYOffset + r.top + r.height * (fraction || 0) - 8);
  }

  // The source line at the top of the preview, for the editor to follow.
  function topLine(scope) {
    var root = (scope && document.querySelector(scope)) || document;
    var blocks = root.querySelectorAll('[data-line]');
    for (var i = 0; i < blocks.length; i++) {
      var r = blocks[i].getBoundingClientRect();
      if (r.bottom > 8) { return +blocks[i].getAttribute('data-line'); }
    }
    return -1;
  }

  // The source position at the top of the preview as a fractional line: the top block's first
  // line, plus how far down that block the top is, spread over the lines it spans.
  function topPosition(scope) {
    var root = (scope && document.querySelector(scope)) || document;
    var blocks = root.querySelectorAll('[data-line]');
    for (var i = 0; i < blocks.length; i++) {
      var r = blocks[i].getBoundingClientRect();
      if (r.bottom > 8) {
        var s = +blocks[i].getAttribute('data-line');
        var e = +(blocks[i].getAttribute('data-line-end') || s);
        var into = r.height > 0 ? Math.max(0, Math.min(1, (8 - r.top) / r.height)) : 0;
        return s + into * Math.max(0, e - s);
      }
    }
    return -1;
  }

  // Replaces the children of the element at selector with html, except that the live node at
  // keepSelector (the body with its blocks) is moved into the new markup in place of its empty
  // twin: the header, image and footer change while the body's nodes stay put.
  function frame(selector, keepSelector, html) {
    var c = region(selector);
    if (!c) { return -1; }
    var live = c.querySelector(keepSelector);
    var frag = fragment(html);
    var twin = frag.querySelector(keepSelector);
    if (live && twin) { twin.parentNode.replaceChild(live, twin); }
    while (c.firstChild) { c.removeChild(c.firstChild); }
    c.appendChild(frag);
    return 1;
  }

  function scrollY() { return window.pageYOffset; }
  function restoreScroll(y) { window.scrollTo(0, y); }

  document.addEventListener('click', function (e) {
    // The preview is a picture of the page, not a browser: links never navigate away.
    for (var t = e.target; t; t = t.parentNode) {
      if (t.tagName && t.tagName.toUpperCase() === 'A') { e.preventDefault(); return; }
    }
  }, true);

  window.standfirstBridge = {patch: patch, frame: frame, scrollToLine: scrollToLine, topLine: topLine, topPosition: topPosition,
    scrollY: scrollY, restoreScroll: restoreScroll};
})();
