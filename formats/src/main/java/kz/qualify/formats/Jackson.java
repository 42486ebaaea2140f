package kz.qualify.formats;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one configured mapper of this module: immutable and thread-safe, so shared. */
final class Jackson {

    private Jackson() {}

    static final JsonMapper MAPPER = JsonMapper.builder()
            // {"ref": "a", "ref": "b"} would otherwise keep the last silently.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Money and pressure are exact: a float never enters the tree.
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // "{} {}" is two documents, not one with junk after it.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
}
