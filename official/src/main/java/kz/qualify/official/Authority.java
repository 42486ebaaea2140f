package kz.qualify.official;

/**
 * The licensing authority (лицензиар) that issues the document, as named at the top of it.
 *
 * @param name its full official name in the document's language
 * @param address its postal address in the document's language
 */
public record Authority(String name, String address) {
    public Authority {
        name = Checks.text(name, "authority.name");
        address = Checks.text(address, "authority.address");
    }
}
