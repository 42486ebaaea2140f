package kz.qualify.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossSiteRequestsTest {

    static final CrossSiteRequests.Origin OWN = new CrossSiteRequests.Origin("https", "licensing.example.kz", 443);
    static final Set<CrossSiteRequests.Origin> ALLOWED =
            Set.of(CrossSiteRequests.Origin.parse("https://portal.example.kz").orElseThrow());

    @ParameterizedTest(name = "{0} Origin={1} Sec-Fetch-Site={2} → {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                // reads are never refused
                "GET, https://evil.example, cross-site, true",
                "HEAD, https://evil.example, cross-site, true",
                // clients that are not browsers send neither header
                "POST, -, -, true",
                "DELETE, -, -, true",
                // the service's own pages
                "POST, https://licensing.example.kz, same-origin, true",
                "PUT, https://licensing.example.kz:443, -, true",
                "POST, -, same-origin, true",
                "POST, -, none, true",
                // behind a proxy the browser's own comparison wins over the request's origin
                "POST, https://licensing.example.kz, same-origin, true",
                // other sites
                "POST, https://evil.example, cross-site, false",
                "PUT, https://evil.example, cross-site, false",
                "PATCH, https://evil.example, cross-site, false",
                "DELETE, https://evil.example, cross-site, false",
                "POST, https://a.example.kz, same-site, false",
                "POST, -, cross-site, false",
                "POST, https://evil.example, -, false",
                "POST, http://licensing.example.kz, -, false",
                "POST, https://licensing.example.kz:8443, -, false",
                "POST, null, -, false",
                "POST, not an origin, -, false",
                // an origin the deployment allows
                "POST, https://portal.example.kz, cross-site, true",
                "POST, https://portal.example.kz, -, true",
            })
    void aChangeIsRefusedOnlyWhenABrowserSentItFromAnotherSite(
            String method, @Nullable String origin, @Nullable String fetchSite, boolean allowed) {
        assertThat(CrossSiteRequests.allowed(method, origin, fetchSite, OWN, ALLOWED))
                .isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"http://x.kz, http, x.kz, 80", "https://X.kz:8443, https, x.kz, 8443", "https://x.kz/, https, x.kz, 443"
    })
    void readsAnOriginAsBrowsersCompareThem(String text, String scheme, String host, int port) {
        assertThat(CrossSiteRequests.Origin.parse(text)).contains(new CrossSiteRequests.Origin(scheme, host, port));
    }

    @ParameterizedTest
    @CsvSource({"https://x.kz/path", "x.kz", "null", "''"})
    void refusesWhatIsNoOrigin(String text) {
        assertThat(CrossSiteRequests.Origin.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aConfiguredOriginThatIsNoneStopsTheStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> CrossSiteRequests.origins(List.of("https://portal.example.kz", "portal.example.kz")))
                .hasMessageContaining("qualify.allowed-origins: 'portal.example.kz' is not an origin");
    }
}
