import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for the console: N curators at once, each with their own signed-in session, doing
 * what a curator does — open a queue view (often deep, by keyset), walk a few pages, open items
 * from them with their first image, now and then the dashboard. Closed loop, no think time: every
 * session sends its next request as soon as the last one is answered, so the latencies are those
 * of a server kept busy by N users at once (a worst case; real curators pause to look).
 *
 * A plain JDK program (java.net.http, one file, run by the source launcher) rather than ab or
 * wrk: those cannot give each virtual user its own FORM sign-in and cookie, nor follow the
 * queue's keyset "Next" links, and a load test that hits one cached URL measures nothing.
 *
 *   java bench/ConsoleLoad.java BASE_URL USER PASSWORD SESSIONS SECONDS IDS_FILE
 *
 * IDS_FILE lists item ids (one per line) to start deep queue views from. Prints one line per
 * request kind: count, errors, p50, p95, p99 and max in milliseconds, and the total throughput.
 */
public class ConsoleLoad {

    static final Pattern ITEM_LINK = Pattern.compile("href=\"([^\"]*item\\.xhtml\\?id=[^\"]*)\"");
    static final Pattern NEXT_LINK = Pattern.compile("<a[^>]*id=\"(?:[^\"]*:)?next\"[^>]*href=\"([^\"]*)\"|<a[^>]*href=\"([^\"]*)\"[^>]*id=\"(?:[^\"]*:)?next\"");
    static final Pattern IMAGE = Pattern.compile("src=\"([^\"]*/images/[0-9a-f]{64}\\.png)\"");
    static final String[] QUEUES = {
        "", "task=T4&split=train&state=pending", "task=T9", "state=flagged", "task=T1&split=test",
        "task=T7&split=train&state=pending&sort=ID_DESC", "run=1",
    };

    final URI base;
    final String user;
    final String password;
    final List<String> ids;
    final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    final List<String> errorSamples = new CopyOnWriteArrayList<>();

    ConsoleLoad(URI base, String user, String password, List<String> ids) {
        this.base = base;
        this.user = user;
        this.password = password;
        this.ids = ids;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: java bench/ConsoleLoad.java BASE_URL USER PASSWORD SESSIONS SECONDS IDS_FILE");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int sessions = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        List<String> ids = Files.readAllLines(Path.of(args[5])).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        ConsoleLoad load = new ConsoleLoad(base, args[1], args[2], ids);
        load.run(sessions, Duration.ofSeconds(seconds));
    }

    void run(int sessions, Duration duration) throws Exception {
        // warm-up: one session signs in and visits every kind of page once (JIT, Faces view compile)
        new Session(new Random(0)).warmUp();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(sessions);
        long start = System.nanoTime();
        for (int i = 0; i < sessions; i++) {
            Random random = new Random(1000 + i);
            new Thread(() -> {
                try {
                    Session s = new Session(random);
                    s.signIn();
                    while (System.nanoTime() < end) {
                        s.browse();
                    }
                } catch (Exception e) {
                    error("session", e.toString());
                } finally {
                    done.countDown();
                }
            }, "session-" + i).start();
        }
        done.await();
        double wall = (System.nanoTime() - start) / 1e9;
        report(sessions, wall);
    }

    void report(int sessions, double wall) {
        System.out.printf(Locale.ROOT, "%d sessions, %.0f s, closed loop without think time%n", sessions, wall);
        System.out.printf(Locale.ROOT, "%-10s %8s %7s %8s %8s %8s %8s %8s%n", "request", "count", "errors", "p50_ms",
                "p95_ms", "p99_ms", "max_ms", "per_s");
        long total = 0;
        for (String kind : List.of("sign-in", "queue", "item", "image", "dashboard")) {
            List<Long> l = new ArrayList<>(latencies.getOrDefault(kind, List.of()));
            Collections.sort(l);
            total += l.size();
            System.out.printf(Locale.ROOT, "%-10s %8d %7d %8.1f %8.1f %8.1f %8.1f %8.1f%n", kind, l.size(),
                    errors.getOrDefault(kind, new AtomicLong()).get(), pct(l, 50), pct(l, 95), pct(l, 99), pct(l, 100),
                    l.size() / wall);
        }
        System.out.printf(Locale.ROOT, "all requests: %.1f per second%n", total / wall);
        errorSamples.stream().limit(5).forEach(e -> System.out.println("error sample: " + e));
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    void error(String kind, String what) {
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        if (errorSamples.size() < 20) {
            errorSamples.add(kind + ": " + what);
        }
    }

    /** One curator: a cookie jar, a connection, and a seeded random walk through the console. */
    final class Session {
        final HttpClient http;
        final Random random;

        Session(Random random) {
            this.random = random;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        }

        void signIn() throws Exception {
            get("sign-in", "queue.xhtml"); // the container answers with the sign-in page and a session
            String form = "j_username=" + enc(user) + "&j_password=" + enc(password);
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            record("sign-in", t);
            if (r.statusCode() != 200 || r.body().contains("j_security_check")) {
                throw new IOException("sign-in as " + user + " failed: HTTP " + r.statusCode());
            }
        }

        void warmUp() throws Exception {
            signIn();
            for (int i = 0; i < 3; i++) {
                browse();
            }
            get("dashboard", "index.xhtml");
            latencies.clear();
            errors.clear();
            errorSamples.clear();
        }

        /** One visit: a queue view, a few pages on, items from each page, sometimes the dashboard. */
        void browse() throws Exception {
            String query = QUEUES[random.nextInt(QUEUES.length)];
            if (random.nextBoolean() && !ids.isEmpty()) {
                // a deep page: start after a random item, as a curator's bookmark or "Next" chain would
                query = join(query, "after=" + enc(ids.get(random.nextInt(ids.size()))));
            }
            String page = get("queue", "queue.xhtml" + (query.isEmpty() ? "" : "?" + query));
            for (int p = 0; p < 3 && page != null; p++) {
                List<String> items = all(ITEM_LINK, page);
                for (int i = 0; i < 2 && !items.isEmpty(); i++) {
                    String item = get("item", unescape(items.get(random.nextInt(items.size()))));
                    List<String> images = item == null ? List.of() : all(IMAGE, item);
                    if (!images.isEmpty()) {
                        getBytes("image", unescape(images.get(0)));
                    }
                }
                Matcher next = NEXT_LINK.matcher(page);
                page = next.find() ? get("queue", unescape(next.group(1) != null ? next.group(1) : next.group(2))) : null;
            }
            if (random.nextInt(10) == 0) {
                get("dashboard", "index.xhtml");
            }
        }

        String get(String kind, String path) throws InterruptedException {
            long t = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
                record(kind, t);
                if (r.statusCode() != 200) {
                    error(kind, "HTTP " + r.statusCode() + " for " + path);
                    return null;
                }
                return r.body();
            } catch (IOException e) {
                error(kind, e + " for " + path);
                return null;
            }
        }

        void getBytes(String kind, String path) throws InterruptedException {
            long t = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
                record(kind, t);
                if (r.statusCode() != 200 || r.body().length == 0) {
                    error(kind, "HTTP " + r.statusCode() + " for " + path);
                }
            } catch (IOException e) {
                error(kind, e + " for " + path);
            }
        }

        /** Links in the pages are absolute paths (/misi/...) or relative to the console's root. */
        URI resolve(String path) {
            return base.resolve(path);
        }
    }

    void record(String kind, long startNanos) {
        latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - startNanos);
    }

    static List<String> all(Pattern p, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static String join(String query, String more) {
        return query.isEmpty() ? more : query + "&" + more;
    }

    static String unescape(String href) {
        return href.replace("&amp;", "&");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
