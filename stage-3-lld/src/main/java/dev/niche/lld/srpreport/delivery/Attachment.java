package dev.niche.lld.srpreport.delivery;

import java.util.Objects;

/**
 * One delivered file. Given code: do not change it.
 *
 * @param fileName  the name readers see, e.g. {@code sales-by-region.csv}
 * @param mediaType the content type, e.g. {@code text/csv}
 * @param body      the whole file
 */
public record Attachment(String fileName, String mediaType, String body) {
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(body, "body");
    }
}
