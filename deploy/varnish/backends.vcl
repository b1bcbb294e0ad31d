# Rangpur CMS: the topology Varnish serves (included by default.vcl). Edit the addresses for your
# servers; `make cluster` writes its own copy with the ports it uses (scripts/cluster.py).

# `/healthz` answers without the database or the cache (core/health.py), so a database outage
# does not take every app server out of the director at once.
probe healthz {
    .request = "GET /healthz HTTP/1.1"
               "Host: localhost"
               "User-Agent: varnish-probe"
               "Connection: close";
    .interval = 2s;
    .timeout = 2s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

backend app_a {
    .host = "127.0.0.1";
    .port = "8000";
    .probe = healthz;
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
}

backend app_b {
    .host = "127.0.0.1";
    .port = "8001";
    .probe = healthz;
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app_a);
    app.add_backend(app_b);
}

# The app servers and task workers (Wagtail queues purges as tasks, so workers send them): the
# only addresses whose PURGE and BAN are obeyed (405 for everyone else).
acl purgers {
    "127.0.0.1";
    "::1";
}

# Proxies in front of Varnish that terminate TLS and set X-Forwarded-Proto (nginx, a load balancer).
acl tls_terminators {
    "127.0.0.1";
    "::1";
}
