/*! Cakupan Bali embed loader. Fits each <iframe data-cakupan-chart="ID"> to the height its page
 reports: {type:"cakupan:resize", chart:"ID", height:N}, accepted only from that iframe's own
 window, for its own id, with 0 < N <= 10000. Protocol: README.md, "Embedding". Checks mirror
 src/embeds/protocol.ts (test/embeds/loader.test.ts runs both on the same cases). */
(function () {
  'use strict';
  // oEmbed html carries this script once per chart: one listener is enough.
  if (window.cakupanEmbedLoader) return;
  window.cakupanEmbedLoader = 1;
  var MAX = 10000;
  function frames() {
    return document.querySelectorAll('iframe[data-cakupan-chart]');
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || d.type !== 'cakupan:resize' || typeof d.chart !== 'string' || !d.chart) return;
    var h = d.height;
    if (typeof h !== 'number' || !isFinite(h) || h <= 0 || h > MAX) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var f = list[i];
      if (e.source && f.contentWindow === e.source && f.getAttribute('data-cakupan-chart') === d.chart) {
        f.style.height = Math.ceil(h) + 'px';
      }
    }
  });
  // Frames that loaded before this script ran have already sent their height: ask again.
  function ask() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow) list[i].contentWindow.postMessage({ type: 'cakupan:request-height' }, '*');
    }
  }
  ask();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
})();
