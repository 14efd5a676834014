// Tells the server the viewer's time zone, so that the consoles show dates as the viewer's clock reads them.
// A file of its own (not inline): the pages' Content-Security-Policy runs only this origin's files and nonce'd scripts.
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && document.cookie.indexOf('bizosaas-tz=' + encodeURIComponent(zone)) < 0) {
            document.cookie = 'bizosaas-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
        }
    } catch (e) {
        // an old browser: dates stay in UTC, and say so
    }
})();
