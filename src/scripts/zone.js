// In the head, before anything is drawn: names the browser's IANA zone to the server in
// the mp_tz cookie, which every later request carries. When this page was worded in
// another zone (a first visit, UTC; or a browser that has moved), its times are hidden
// until words.js, at the end of the body, words them again in this zone: no reload, no
// flash of wrong times.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    var known = document.cookie.match(/(?:^|; )mp_tz=([^;]*)/);
    if (known && decodeURIComponent(known[1]) === zone) return;
    document.cookie = "mp_tz=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; samesite=lax";
    window.__mpZone = zone;
    document.documentElement.classList.add("mp-rezone");
  } catch (e) {}
})();
