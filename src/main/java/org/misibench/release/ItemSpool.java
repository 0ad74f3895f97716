package org.misibench.release;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The items of one task and split as they arrive, given back in id order.
 *
 * <p>Items stream from the database in any order and a release can hold far more of them than fit in
 * memory comfortably, so their text goes to a scratch file as it comes and only the id and the text's
 * place are kept; the sorted pass reads each back by position (from the page cache, as it was just
 * written). Each record is two texts: the JSON line and its VLMEvalKit row, made once on arrival.
 */
final class ItemSpool implements Closeable {

    /** Receives one item's texts in id order. */
    interface Sink {
        void accept(String id, String json, String tsvRow) throws IOException;
    }

    private record Entry(String id, long offset, int jsonLength, int rowLength) {
    }

    private final FileChannel file;
    private final List<Entry> entries = new ArrayList<>();
    private long end;

    ItemSpool(Path scratch) throws IOException {
        file = FileChannel.open(scratch, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
    }

    void add(String id, String json, String tsvRow) throws IOException {
        byte[] a = json.getBytes(StandardCharsets.UTF_8);
        byte[] b = tsvRow.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(a.length + b.length).put(a).put(b).flip();
        while (buffer.hasRemaining()) {
            file.write(buffer);
        }
        entries.add(new Entry(id, end, a.length, b.length));
        end += a.length + b.length;
    }

    int size() {
        return entries.size();
    }

    /** Hands the items to {@code sink} sorted by id; the same id twice is an error, since ids name items. */
    void forEachSorted(Sink sink) throws IOException {
        entries.sort(Comparator.comparing(Entry::id));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (i > 0 && entries.get(i - 1).id().equals(e.id())) {
                throw new IllegalArgumentException("item " + e.id() + " is given twice");
            }
            ByteBuffer buffer = ByteBuffer.allocate(e.jsonLength() + e.rowLength());
            while (buffer.hasRemaining()) {
                if (file.read(buffer, e.offset() + buffer.position()) < 0) {
                    throw new IOException("scratch file of the release ended early");
                }
            }
            byte[] bytes = buffer.array();
            sink.accept(e.id(), new String(bytes, 0, e.jsonLength(), StandardCharsets.UTF_8),
                    new String(bytes, e.jsonLength(), e.rowLength(), StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
