package kz.qualify.official;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.w3c.dom.Element;

/**
 * Draws {@code <object type="qr-code" data="URL">} as a QR code of vector squares, so it prints
 * sharp at any resolution and adds no image to the PDF. Error correction M (15 %): a folded or
 * stamped paper copy still scans. A quiet zone of four modules is part of the drawing, as the QR
 * standard asks.
 */
final class QrCodeDrawer implements FSObjectDrawer {

    static final String TYPE = "qr-code";
    private static final int QUIET_ZONE = 4;
    private static final FSRGBColor BLACK = new FSRGBColor(0, 0, 0);

    /**
     * The codes of the last few addresses: a licence prints its code on the licence and on the annex,
     * and choosing a code's mask is the costly part of encoding it.
     */
    private final Map<String, ByteMatrix> encoded = new ConcurrentHashMap<>();

    static DefaultObjectDrawerFactory factory() {
        DefaultObjectDrawerFactory factory = new DefaultObjectDrawerFactory();
        factory.registerDrawer(TYPE, new QrCodeDrawer());
        return factory;
    }

    @Override
    public Map<Shape, String> drawObject(
            Element element,
            double x,
            double y,
            double width,
            double height,
            OutputDevice device,
            RenderingContext context,
            int dotsPerPixel) {
        ByteMatrix matrix = encoded.computeIfAbsent(element.getAttribute("data"), QrCodeDrawer::encode);
        if (encoded.size() > 64) {
            encoded.clear();
        }
        int modules = matrix.getWidth() + 2 * QUIET_ZONE;
        double module = Math.min(width, height) / modules;
        Path2D.Double dark = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (matrix.get(column, row) != 1) {
                    column++;
                    continue;
                }
                // One rectangle per run of dark modules in a row: a third of the path a square each makes.
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row) == 1) {
                    column++;
                }
                dark.append(
                        new Rectangle2D.Double(
                                x + (start + QUIET_ZONE) * module,
                                y + (row + QUIET_ZONE) * module,
                                (column - start) * module,
                                // A hair taller, so that no seam shows between rows when a viewer anti-aliases.
                                module * 1.02),
                        false);
            }
        }
        device.setColor(BLACK);
        device.fill(dark);
        return Map.of();
    }

    static ByteMatrix encode(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("qr-code: the template gives no address to encode");
        }
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("qr-code: '" + text + "' cannot be encoded: " + e.getMessage(), e);
        }
    }
}
