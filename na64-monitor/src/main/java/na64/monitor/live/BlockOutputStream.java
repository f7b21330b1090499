package na64.monitor.live;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes to the underlying stream only in whole blocks of a fixed size, as a DAQ writes its
 * buffers: records then straddle writes, so a reader following the file regularly finds a
 * partial last record. {@link #flush()} is ignored (the raw writer flushes after every record);
 * {@link #drain()} writes the partial block (the end of a spill).
 */
final class BlockOutputStream extends OutputStream {
    private final OutputStream out;
    private final byte[] block;
    private int filled;

    BlockOutputStream(OutputStream out, int blockBytes) {
        this.out = out;
        this.block = new byte[blockBytes];
    }

    @Override
    public void write(int b) throws IOException {
        block[filled++] = (byte) b;
        if (filled == block.length) {
            out.write(block, 0, filled);
            filled = 0;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, block.length - filled);
            System.arraycopy(b, off, block, filled, n);
            filled += n;
            off += n;
            len -= n;
            if (filled == block.length) {
                out.write(block, 0, filled);
                filled = 0;
            }
        }
    }

    @Override
    public void flush() {
        // whole blocks only: see drain()
    }

    /** Writes what is buffered. */
    void drain() throws IOException {
        if (filled > 0) {
            out.write(block, 0, filled);
            filled = 0;
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        drain();
        out.close();
    }
}
