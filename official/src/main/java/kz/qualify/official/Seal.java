package kz.qualify.official;

import java.io.IOException;
import java.io.InputStream;

/**
 * The licensing authority's electronic seal: makes the CMS signature that the engine embeds in a
 * PDF signature (SubFilter {@code ETSI.CAdES.detached}, PAdES baseline B). The engine prepares the
 * PDF, reserves the signature's place and hands over the bytes to be signed (the whole file except
 * that place); the seal returns a detached CMS {@code SignedData} over them.
 *
 * <p>{@link Pkcs12Seal} signs with an RSA key from a PKCS#12 keystore. Kazakhstan's national
 * certification authority issues GOST keys used through NCALayer: such a provider implements this
 * interface by sending the bytes (or their digest) to NCALayer and returning the CAdES it answers —
 * the PDF side stays the same (see the module's README).
 */
public interface Seal {

    /** The signer as the signature dictionary names it (the certificate's common name). */
    String signerName();

    /**
     * Whether this is a development key that nobody certified: every document it signs says so in
     * its text and in its signature's reason.
     */
    boolean development();

    /**
     * A detached CMS {@code SignedData} (DER) over the content, with the signed attributes PAdES
     * baseline B asks for: content-type, message-digest and signing-certificate-v2, and no
     * signing-time (the time is in the signature dictionary).
     */
    byte[] sign(InputStream content) throws IOException;

    /** The bytes reserved in the PDF for the CMS; a signature longer than this cannot be embedded. */
    default int signatureSizeLimit() {
        return 16_384;
    }
}
