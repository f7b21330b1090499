package na64.monitor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page's own files, read from the classpath once at start into memory. Only the names listed
 * here exist: a request is looked up in this map and never turned into a path, so no request can
 * reach another file, whatever its dots, slashes or encodings.
 */
final class StaticAssets {
    /** An asset: bytes and content type. */
    record Asset(byte[] bytes, String contentType) {
    }

    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "monitor.js", "text/javascript; charset=utf-8",
            "monitor.css", "text/css; charset=utf-8");

    private final Map<String, Asset> assets;

    StaticAssets() {
        java.util.Map<String, Asset> m = new java.util.HashMap<>();
        FILES.forEach((name, type) -> m.put(name, new Asset(read(name), type)));
        this.assets = Map.copyOf(m);
    }

    /** The asset of that exact name, or null. */
    Asset get(String name) {
        return assets.get(name);
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("/na64/monitor/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("asset " + name + " missing from the na64-monitor jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
