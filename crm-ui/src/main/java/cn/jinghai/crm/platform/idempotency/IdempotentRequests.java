package cn.jinghai.crm.platform.idempotency;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.platform.security.CurrentActor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for create requests (API.md): the same key and body again answers the
 * first answer and records nothing; the same key with another body is a 409. The request's events
 * and its answer are committed in one transaction, so a crash leaves either both or neither.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper mapper;
    private final Clock clock;

    public IdempotentRequests(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper mapper, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The status column keeps the HTTP status the answer was given with (always 201 Created). */
    private static final int CREATED = 201;

    private record Stored(String hash, String body) {
    }

    /**
     * Creates something once per (user, key) and answers its id: the same key and request again answer
     * the first id and create nothing; the same key with another request is a 409. Without a key (a
     * screen's single submit), simply creates.
     *
     * @param key       the {@code Idempotency-Key} given, or null
     * @param operation what is created, such as the API path it is created under
     * @param request   what was asked, compared by its JSON form
     * @param create    creates it and answers its id
     */
    public String once(String key, String operation, Object request, Supplier<String> create) {
        if (key == null) {
            return create.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw DomainException.invalid(HEADER, "error.idempotency.key");
        }
        Actor actor = CurrentActor.get();
        String user = actor == null ? "" : actor.username();
        String hash = hash(operation, request);
        try {
            return transactions.execute(status -> {
                Stored earlier = find(user, key);
                if (earlier != null) {
                    return replay(earlier, hash);
                }
                String id = create.get();
                jdbc.update("INSERT INTO idempotency_record (username, idem_key, request_hash, status, response_body, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", user, key, hash, CREATED, write(id), clock.millis());
                return id;
            });
        } catch (DuplicateKeyException concurrentTwin) {
            // the same key was used by a concurrent request that committed first: this one's events were rolled back
            Stored earlier = find(user, key);
            if (earlier == null) {
                throw concurrentTwin;
            }
            return replay(earlier, hash);
        }
    }

    private String replay(Stored earlier, String hash) {
        if (!earlier.hash().equals(hash)) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_CONFLICT, "error.idempotency.conflict", HEADER);
        }
        return read(earlier.body());
    }

    private Stored find(String user, String key) {
        List<Stored> rows = jdbc.query("SELECT request_hash, response_body FROM idempotency_record WHERE username = ? AND idem_key = ?",
                (rs, n) -> new Stored(rs.getString(1), rs.getString(2)), user, key);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private String hash(String path, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot hash the request", e);
        }
    }

    /** The answer as stored: a JSON object naming the created id ({@code {"id": …}}). */
    private String write(String id) {
        try {
            return mapper.writeValueAsString(Map.of("id", id));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The id of a stored answer: the object's one text field ({@code id}, or {@code trancheId} in
     * answers stored by earlier versions, which kept the HTTP body).
     */
    private String read(String body) {
        try {
            JsonNode answer = mapper.readTree(body);
            JsonNode id = answer.has("id") ? answer.get("id") : answer.elements().next();
            return id.asText();
        } catch (JsonProcessingException | java.util.NoSuchElementException e) {
            throw new IllegalStateException("unreadable idempotency record", e);
        }
    }
}
