// At the end of the body, when zone.js found the page worded in another zone: each
// <time datetime> is worded again in the browser's zone as the server words it
// ("Thu 3 Dec 2026, 14:00 GMT"), each [data-zone] names the zone, and each
// input[data-utc] takes its local date or time. Only the text nodes' data change, so
// hydration finds the nodes it expects.
(function () {
  var zone = window.__mpZone;
  if (!zone) return;
  try {
    var partsOf = function (date, options) {
      var parts = {};
      options.timeZone = zone;
      new Intl.DateTimeFormat("en-US", options).formatToParts(date).forEach(function (part) {
        parts[part.type] = part.value;
      });
      return parts;
    };
    // The zone's abbreviation as the tz database has it where Intl knows it ("EST" in
    // en-US, "BST" and "CET" in en-GB), else the offset as the tz database writes it
    // ("+04", "+0530").
    var abbreviation = function (date) {
      var named = function (locale) {
        var name = "";
        new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" })
          .formatToParts(date)
          .forEach(function (part) {
            if (part.type === "timeZoneName") name = part.value;
          });
        return name;
      };
      var name = named("en-US");
      if (/^GMT[+-]/.test(name)) {
        var british = named("en-GB");
        if (!/^GMT[+-]/.test(british)) name = british;
      }
      var offset = /^GMT([+-])(\d{1,2})(?::(\d\d))?$/.exec(name);
      if (offset) name = offset[1] + ("0" + offset[2]).slice(-2) + (offset[3] || "");
      return name;
    };
    var clock = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    var word = function (date) {
      var p = partsOf(date, { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
      return p.weekday + " " + p.day + " " + p.month + " " + p.year + ", " + p.hour + ":" + p.minute + " " + abbreviation(date);
    };
    // The element's one text node; after it come only comments, the markers hydration
    // reads (an erased view writes one after its text), which stay where they are.
    var text = function (element, value) {
      var node = element.firstChild;
      if (!node || node.nodeType !== 3) return;
      for (var next = node.nextSibling; next; next = next.nextSibling) {
        if (next.nodeType !== 8) return;
      }
      node.data = value;
    };
    document.querySelectorAll("time[datetime]").forEach(function (element) {
      var date = new Date(element.getAttribute("datetime"));
      if (!isNaN(date)) text(element, word(date));
    });
    document.querySelectorAll("[data-zone]").forEach(function (element) {
      text(element, zone);
    });
    document.querySelectorAll("input[data-utc]").forEach(function (input) {
      var date = new Date(input.getAttribute("data-utc"));
      if (isNaN(date)) return;
      if (input.type === "date") {
        var d = partsOf(date, { year: "numeric", month: "2-digit", day: "2-digit" });
        input.value = d.year + "-" + d.month + "-" + d.day;
        input.defaultValue = input.value;
      } else if (input.type === "time") {
        var t = partsOf(date, clock);
        input.value = t.hour + ":" + t.minute;
        input.defaultValue = input.value;
      }
    });
  } catch (e) {}
  document.documentElement.classList.remove("mp-rezone");
})();
