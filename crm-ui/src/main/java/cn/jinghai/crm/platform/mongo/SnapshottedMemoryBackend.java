package cn.jinghai.crm.platform.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The embedded read store: mongo-java-server's memory backend (the fastest it has), written to a
 * snapshot file now and then and read back at start-up, so the read models survive a restart and the
 * event processors only replay what came after the snapshot (their tokens are in it too).
 * <p>
 * A snapshot is one instant between write commands: every write command runs under a shared lock, a
 * snapshot takes it exclusively (reads go on meanwhile). Each processor writes a batch's documents
 * before its token, so in any snapshot a read model's documents are at or ahead of its token, never
 * behind it; the documents are idempotent (they record the last event applied), so replaying from the
 * token is harmless. A snapshot is written to a temporary file, forced to disk and then renamed over
 * the previous one, so a crash while writing leaves the previous snapshot whole. A file that cannot be
 * read (damaged, or of another format) is moved aside and the read models are rebuilt from the events.
 * <p>
 * A snapshot also names the event store's last event when it was taken ({@link SnapshotAnchor}); one
 * whose event is not in the event store (replaced, or restored to an earlier state) is not used.
 * <p>
 * Format: {@code CRMRS2}, the anchor, then per collection its database and name, its documents as BSON, each
 * preceded by its length, and 0; the file ends with an empty name and the CRC-32 of all before it.
 */
public final class SnapshottedMemoryBackend extends MemoryBackend {

    private static final Logger log = LoggerFactory.getLogger(SnapshottedMemoryBackend.class);
    private static final String MAGIC = "CRMRS2";
    /** The server's own bookkeeping collections, recreated with every collection. */
    private static final String SYSTEM = "system.";
    /** Commands that change nothing: they run without waiting for a snapshot. */
    private static final Set<String> READS = Set.of("find", "getMore", "count", "aggregate", "distinct",
            "listCollections", "listIndexes", "listDatabases", "hello", "isMaster", "ismaster", "ping", "buildInfo",
            "buildinfo", "killCursors", "endSessions", "getLastError", "getlasterror", "serverStatus", "dbStats",
            "collStats", "connectionStatus", "getParameter", "whatsmyuri", "getLog", "hostInfo", "getCmdLineOpts");

    /** Documents per reply of a query that does not ask for a batch size. */
    static final int BATCH_SIZE = 1_000;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicLong writes = new AtomicLong();
    private long writesInLastSnapshot = -1;

    @Override
    public Document handleMessage(MongoMessage message) {
        String command = message.getDocument().keySet().iterator().next();
        inBatches(command, message.getDocument());
        if (READS.contains(command)) {
            return super.handleMessage(message);
        }
        lock.readLock().lock();
        try {
            writes.incrementAndGet();
            return super.handleMessage(message);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Gives a query without a batch size one, as a real MongoDB does (it answers at most 16 MiB at a
     * time): the server would otherwise put every match in one reply, and the driver refuses a reply
     * over 48 MB (the lead list's collection read whole at start, at 100,000 leads). The driver then
     * fetches the rest batch by batch.
     */
    private static void inBatches(String command, Document body) {
        switch (command) {
            case "find", "getMore" -> body.putIfAbsent("batchSize", BATCH_SIZE);
            case "aggregate" -> {
                if (body.get("cursor") instanceof Document cursor) {
                    cursor.putIfAbsent("batchSize", BATCH_SIZE);
                }
            }
            default -> {
            }
        }
    }

    /**
     * Writes every collection to {@code file}, unless nothing was written since the last snapshot.
     *
     * @return whether a snapshot was written
     */
    public boolean snapshot(Path file, SnapshotAnchor anchor) throws IOException {
        lock.writeLock().lock();
        try {
            long now = writes.get();
            if (now == writesInLastSnapshot && Files.exists(file)) {
                return false;
            }
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.createDirectories(file.toAbsolutePath().getParent());
            long documents;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                documents = write(java.nio.channels.Channels.newOutputStream(channel), anchor.current());
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            writesInLastSnapshot = now;
            log.debug("Read store snapshot: {} documents in {}", documents, file);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private long write(OutputStream raw, String anchor) throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc));
        out.writeUTF(MAGIC);
        out.writeUTF(anchor);
        long documents = 0;
        ByteBuf buffer = Unpooled.buffer(1 << 12);
        for (String databaseName : listDatabaseNames()) {
            MongoDatabase database = resolveDatabase(databaseName);
            for (String name : collectionNames(database)) {
                MongoCollection<?> collection = database.resolveCollection(name, false);
                if (collection == null) {
                    continue;
                }
                out.writeUTF(databaseName);
                out.writeUTF(name);
                for (Document document : collection.queryAll()) {
                    buffer.clear();
                    BsonEncoder.encodeDocument(document, buffer);
                    out.writeInt(buffer.readableBytes());
                    buffer.readBytes(out, buffer.readableBytes());
                    documents++;
                }
                out.writeInt(0);
            }
        }
        out.writeUTF("");
        out.flush();
        new DataOutputStream(raw).writeLong(crc.getValue());
        raw.flush();
        return documents;
    }

    private static List<String> collectionNames(MongoDatabase database) {
        List<String> names = new ArrayList<>();
        MongoCollection<?> namespaces = database.resolveCollection("system.namespaces", false);
        if (namespaces != null) {
            String prefix = database.getDatabaseName() + ".";
            for (Document namespace : namespaces.queryAll()) {
                String name = String.valueOf(namespace.get("name"));
                if (name.startsWith(prefix) && !name.substring(prefix.length()).startsWith(SYSTEM)) {
                    names.add(name.substring(prefix.length()));
                }
            }
        }
        return names;
    }

    /**
     * Reads the snapshot in {@code file} into this (empty) store, if there is one. A file that cannot be
     * read is moved aside and the store left empty: the read models are then rebuilt from the events.
     *
     * @return how many documents were restored
     */
    public long restore(Path file, SnapshotAnchor anchor) {
        if (!Files.exists(file)) {
            return 0;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Files.size(file), anchor);
        } catch (IOException | RuntimeException e) {
            for (String databaseName : listDatabaseNames()) {
                dropDatabase(databaseName);
            }
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + Instant.now().toEpochMilli());
            log.warn("Read store snapshot {} cannot be read ({}); moved to {}, the read models are rebuilt from the events",
                    file, e.toString(), aside);
            try {
                Files.move(file, aside);
            } catch (IOException moveFailed) {
                log.warn("Could not move {} aside", file, moveFailed);
            }
            return 0;
        }
    }

    private long read(InputStream raw, long size, SnapshotAnchor anchor) throws IOException {
        if (size < Long.BYTES) {
            throw new EOFException("snapshot too short");
        }
        CRC32 crc = new CRC32();
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        DataInputStream in = new DataInputStream(new CheckedInputStream(new LimitedStream(buffered, size - Long.BYTES), crc));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a read store snapshot of this version");
        }
        String taken = in.readUTF();
        if (!anchor.holds(taken)) {
            throw new IOException("taken from another event store, or a later state of it (last event " + taken + ")");
        }
        long documents = 0;
        List<Document> pending = new ArrayList<>();
        while (true) {
            String databaseName = in.readUTF();
            if (databaseName.isEmpty()) {
                break;
            }
            String name = in.readUTF();
            MongoCollection<?> collection = resolveDatabase(databaseName).createCollectionOrThrowIfExists(name);
            for (int length = in.readInt(); length > 0; length = in.readInt()) {
                byte[] bytes = new byte[length];
                in.readFully(bytes);
                pending.add(BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes)));
                if (pending.size() == 1000) {
                    documents += insert(collection, pending);
                }
            }
            documents += insert(collection, pending);
        }
        long expected = new DataInputStream(buffered).readLong();
        if (expected != crc.getValue()) {
            throw new IOException("snapshot checksum does not match");
        }
        return documents;
    }

    private static int insert(MongoCollection<?> collection, List<Document> documents) {
        int count = documents.size();
        if (count > 0) {
            List<Document> errors = collection.insertDocuments(documents, true);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("snapshot document refused: " + errors.get(0));
            }
            documents.clear();
        }
        return count;
    }

    /** The first {@code limit} bytes of a stream, so the checksum at its end is not read as content. */
    private static final class LimitedStream extends InputStream {
        private final InputStream in;
        private long left;

        LimitedStream(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
