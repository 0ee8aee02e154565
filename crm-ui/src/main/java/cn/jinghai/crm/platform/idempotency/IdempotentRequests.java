package cn.jinghai.crm.platform.idempotency;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.platform.security.CurrentActor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
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

    private record Stored(String hash, int status, String body) {
    }

    /**
     * Runs {@code action} once per (user, key): without a key, simply runs it.
     *
     * @param key     the header's value, or null
     * @param request what identifies the request: its path and parsed body
     */
    public ResponseEntity<JsonNode> run(String key, String path, Object request, Supplier<ResponseEntity<?>> action) {
        if (key == null) {
            return asJson(action.get());
        }
        if (!KEY.matcher(key).matches()) {
            throw DomainException.invalid(HEADER, "error.idempotency.key");
        }
        Actor actor = CurrentActor.get();
        String user = actor == null ? "" : actor.username();
        String hash = hash(path, request);
        try {
            return transactions.execute(status -> {
                Stored earlier = find(user, key);
                if (earlier != null) {
                    return replay(earlier, hash);
                }
                ResponseEntity<JsonNode> answer = asJson(action.get());
                jdbc.update("INSERT INTO idempotency_record (username, idem_key, request_hash, status, response_body, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", user, key, hash, answer.getStatusCode().value(),
                        write(answer.getBody()), clock.millis());
                return answer;
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

    private ResponseEntity<JsonNode> replay(Stored earlier, String hash) {
        if (!earlier.hash().equals(hash)) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_CONFLICT, "error.idempotency.conflict", HEADER);
        }
        return ResponseEntity.status(earlier.status()).body(read(earlier.body()));
    }

    private Stored find(String user, String key) {
        List<Stored> rows = jdbc.query("SELECT request_hash, status, response_body FROM idempotency_record"
                        + " WHERE username = ? AND idem_key = ?",
                (rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3)), user, key);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private ResponseEntity<JsonNode> asJson(ResponseEntity<?> answer) {
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .body(mapper.valueToTree(answer.getBody()));
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

    private String write(JsonNode body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
