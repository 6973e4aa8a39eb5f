// In the head, before anything is drawn: names the browser's IANA zone to the server in
// the mp_tz cookie, which every later request carries. When this page was worded in
// another zone (a first visit, UTC; or a browser that has moved), its times are hidden
// until words.js, at the end of the body, words them again in this zone: no reload, no
// flash of wrong times.
//
// Asking Intl for the zone is the costly part: its first use in a page loads the locale
// and zone data, 10 to 20 ms of main thread on this machine and four times that on a
// phone (BENCHMARKS.md, Lighthouse), before the first paint. So the offset the clock had
// when the zone was last named is kept too (mp_tzo), and a returning browser whose clock
// still reads that offset is taken to be where it was, without asking. The offset moves
// at every clock change and with nearly every move, and then Intl is asked again; a move
// between zones that keep the same offset today (London and Lisbon) is noticed at the
// next clock change, and until then the times stay named in the old zone.
(function () {
  try {
    var cookie = function (name) {
      var found = document.cookie.match(new RegExp("(?:^|; )" + name + "=([^;]*)"));
      return found && decodeURIComponent(found[1]);
    };
    var set = function (name, value) {
      document.cookie = name + "=" + encodeURIComponent(value) + "; path=/; max-age=31536000; samesite=lax";
    };
    var known = cookie("mp_tz");
    var offset = String(new Date().getTimezoneOffset());
    if (known && cookie("mp_tzo") === offset) return;
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    set("mp_tzo", offset);
    if (known === zone) return;
    set("mp_tz", zone);
    window.__mpZone = zone;
    document.documentElement.classList.add("mp-rezone");
  } catch (e) {}
})();
