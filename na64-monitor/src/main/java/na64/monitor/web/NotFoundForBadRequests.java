package na64.monitor.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty rejects a request line it cannot parse into a canonical path (dot segments above the
 * root, an encoded NUL) with 400 before any route sees it. The monitor serves only GETs of a few
 * fixed paths, so such a request asks for something that is not there, like every other unknown
 * path: it gets the same plain 404, and a scanner learns nothing from the difference between a
 * traversal attempt that the parser caught and one that the router did.
 */
final class NotFoundForBadRequests extends ErrorHandler {
    private static final byte[] BODY = "not found\n".getBytes(StandardCharsets.UTF_8);

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getAttribute(ERROR_STATUS) instanceof Integer s && s == 400) {
            response.setStatus(404);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            response.write(true, ByteBuffer.wrap(BODY), callback);
            return true;
        }
        return super.handle(request, response, callback);
    }
}
