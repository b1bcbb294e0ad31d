# Rangpur CMS: the cache policy of the Varnish in front of the app servers (Varnish 7.1,
# Debian 12's `varnish`). The topology - app servers, health probe, director, and who may purge -
# lives in backends.vcl beside this file (deploy/README.md); this file is the same everywhere.
#
# What is stored: only GET/HEAD answers the app marks `Cache-Control: public` (or s-maxage),
# without Set-Cookie, for requests without a session. Everything else goes to an app server.
# The contract with the app is docs/caching.md ("What a proxy or CDN in front must do").
# Variants: the URL, the host, the scheme the TLS terminator saw, and the two reading options
# (a11y_text normal|large|larger, a11y_contrast on|off): at most 6 copies of a page.
# Invalidation: PURGE <url> and BAN (X-Ban-Host / X-Ban-Url regexes) from the `purgers` ACL.
vcl 4.1;

import cookie;
import directors;
import std;

# Backends "app_*", the round-robin director "app", ACLs "purgers" and "tls_terminators".
include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = app.backend();
    set req.http.Host = std.tolower(req.http.Host);

    # Only a TLS terminator we run may say the request came over HTTPS; from anyone else the
    # header could make the app build http/https links into a page everyone then gets.
    if (!client.ip ~ tls_terminators) {
        unset req.http.X-Forwarded-Proto;
    }

    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # Every stored variant (reading options, schemes) of the URL on this host goes; a URL
        # without a query string also takes its query variants (?page=2, ?limit=20, ...) along.
        if (req.url ~ "\?") {
            std.ban("obj.http.X-Host == " + req.http.Host + " && obj.http.X-Url == " + req.url);
        } else {
            std.ban("obj.http.X-Host == " + req.http.Host + " && obj.http.X-Url-Path == " + req.url);
        }
        if (std.ban_error() != "") {
            return (synth(400, std.ban_error()));
        }
        return (synth(200, "Purged"));
    }

    if (req.method == "BAN") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # X-Ban-Host and X-Ban-Url are regular expressions (no spaces) matched against the host
        # and the URL (path and query) of stored answers; a missing one matches everything.
        if (!req.http.X-Ban-Host && !req.http.X-Ban-Url) {
            return (synth(400, "Send X-Ban-Host, X-Ban-Url or both"));
        }
        if (!req.http.X-Ban-Host) {
            set req.http.X-Ban-Host = ".";
        }
        if (!req.http.X-Ban-Url) {
            set req.http.X-Ban-Url = ".";
        }
        std.ban("obj.http.X-Host ~ " + std.tolower(req.http.X-Ban-Host) + " && obj.http.X-Url ~ " + req.http.X-Ban-Url);
        if (std.ban_error() != "") {
            return (synth(400, std.ban_error()));
        }
        return (synth(200, "Banned"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # The admin and sign-in, health checks, and what is personal to a citizen: applying, the
    # receipt (token in the query), tracking, feedback, the application API and previews.
    if (req.url ~ "^/(admin|django-admin|accounts)(/|$)"
        || req.url ~ "^/(healthz|readyz|accessibility/)"
        || req.url ~ "^/[a-z]{2}/(.+/)?(apply/[^/]+/|receipt/[^/]+/|track/|feedback/)"
        || req.url ~ "^/api/v3/(applications|preview)/") {
        return (pass);
    }

    # A session (staff) or a flash message is for one reader: the app marks those answers
    # private anyway, passing early saves a lookup. Any other cookie - csrftoken included - does
    # not change a public page (a page with a form is private by the app's own policy, and its
    # path above is passed with its cookies): docs/caching.md, "What a proxy or CDN in front must do".
    if (req.http.Cookie) {
        cookie.parse(req.http.Cookie);
        if (cookie.isset("sessionid") || cookie.isset("messages")) {
            return (pass);
        }
    }
    # The reading options, normalised: at most six variants of a page (X-A11y is in the hash).
    set req.http.X-A11y-Text = "normal";
    if (cookie.get("a11y_text") ~ "^(large|larger)$") {
        set req.http.X-A11y-Text = cookie.get("a11y_text");
    }
    set req.http.X-A11y-Contrast = "off";
    if (cookie.get("a11y_contrast") == "on") {
        set req.http.X-A11y-Contrast = "on";
    }
    set req.http.X-A11y = req.http.X-A11y-Text + "-" + req.http.X-A11y-Contrast;
    # Only the reading options reach the app, in one spelling, so a page the app answers with
    # "Vary: Cookie" still has one copy per option and not one per browser.
    if (req.http.X-A11y == "normal-off") {
        unset req.http.Cookie;
    } else {
        set req.http.Cookie = "a11y_text=" + req.http.X-A11y-Text + "; a11y_contrast=" + req.http.X-A11y-Contrast;
    }

    # The language is in the path (/bn/, /en/) or ?locale=; Accept-Language (which the API
    # names in Vary) only picks between the two, so keep just that choice.
    if (req.http.Accept-Language ~ "^\s*bn") {
        set req.http.Accept-Language = "bn";
    } elsif (req.http.Accept-Language ~ "(^|,)\s*en") {
        set req.http.Accept-Language = "en";
    } elsif (req.http.Accept-Language ~ "(^|,)\s*bn") {
        set req.http.Accept-Language = "bn";
    } else {
        unset req.http.Accept-Language;
    }
    set req.url = std.querysort(req.url);
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(req.http.Host);
    hash_data(req.http.X-Forwarded-Proto);
    hash_data(req.http.X-A11y);
    return (lookup);
}

sub vcl_hit {
    set req.http.X-Cache = "HIT";
}

sub vcl_miss {
    set req.http.X-Cache = "MISS";
}

sub vcl_pass {
    set req.http.X-Cache = "PASS";
}

sub vcl_backend_fetch {
    unset bereq.http.X-Cache;
    unset bereq.http.X-A11y;
    unset bereq.http.X-A11y-Text;
    unset bereq.http.X-A11y-Contrast;
}

sub vcl_backend_response {
    # Kept on the stored object for PURGE and BAN (bans on obj.* only, so the ban lurker can
    # clear them in the background); removed again before delivery.
    set beresp.http.X-Url = bereq.url;
    set beresp.http.X-Url-Path = regsub(bereq.url, "\?.*$", "");
    set beresp.http.X-Host = bereq.http.Host;

    if (bereq.uncacheable) {
        return (deliver);
    }
    # Stored only when the app says so: no Cache-Control at all is not permission to keep a page.
    if (beresp.http.Set-Cookie
        || !beresp.http.Cache-Control
        || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)"
        || beresp.http.Cache-Control !~ "(?i)(public|s-maxage)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;  # remember "do not store" for this URL (hit-for-miss)
        return (deliver);
    }
    # Errors are not kept, so a failing app server does not leave its 5xx behind.
    if (beresp.status >= 500) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # TTL from s-maxage/max-age; stale-while-revalidate from the app sets the grace. Without
    # one, a short grace lets a burst be answered while one request refreshes the page.
    if (beresp.http.Cache-Control !~ "stale-while-revalidate") {
        set beresp.grace = 30s;
    }
    return (deliver);
}

sub vcl_deliver {
    set resp.http.X-Cache = req.http.X-Cache;
    unset resp.http.X-Url;
    unset resp.http.X-Url-Path;
    unset resp.http.X-Host;
    unset resp.http.Via;
}

sub vcl_synth {
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.http.Cache-Control = "no-store";
    set resp.body = resp.reason + {"
"};
    return (deliver);
}
