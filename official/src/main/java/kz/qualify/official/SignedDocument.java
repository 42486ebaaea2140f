package kz.qualify.official;

import java.util.Arrays;

/**
 * A signed official document: the PDF's bytes, their SHA-256 (what the public verification page
 * shows and compares an uploaded copy with) and a file name to offer for download.
 *
 * @param pdf the signed PDF/A
 * @param sha256 the SHA-256 of {@code pdf}, 64 lower-case hexadecimal digits
 * @param fileName e.g. {@code licence-KZ12VEK00001234-ru.pdf}: the document, its number (letters and
 *     digits only) and the language
 */
public record SignedDocument(byte[] pdf, String sha256, String fileName) {

    public SignedDocument {
        pdf = pdf.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    /** The file's media type, for an HTTP response. */
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedDocument that
                && Arrays.equals(pdf, that.pdf)
                && sha256.equals(that.sha256)
                && fileName.equals(that.fileName);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "SignedDocument[" + fileName + ", " + pdf.length + " bytes, sha256=" + sha256 + "]";
    }
}
