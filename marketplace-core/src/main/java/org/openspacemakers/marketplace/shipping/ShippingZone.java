package org.openspacemakers.marketplace.shipping;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.openspacemakers.marketplace.catalog.Money;

/**
 * Destination countries shipped to at the same prices (France, the rest of the EU...), with its
 * price per shipping method. A country belongs to one zone at most; a method the zone does not
 * price is not offered there.
 */
@Entity
@Table(name = "shipping_zones")
public class ShippingZone {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "shipping_zone_countries", joinColumns = @JoinColumn(name = "zone_id"))
    @Column(name = "country", length = 2)
    private Set<String> countries = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "shipping_rates", joinColumns = @JoinColumn(name = "zone_id"))
    @MapKeyColumn(name = "method", length = 20)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<ShippingMethod, ShippingRate> rates = new HashMap<>();

    /** Null until first stored: tells Spring Data to insert rather than merge; then optimistic locking. */
    @Version
    private Long version;

    protected ShippingZone() {
        // for JPA
    }

    ShippingZone(String code, String name, Collection<String> countries) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.countries = new HashSet<>(countries);
    }

    void rename(String newName) {
        this.name = newName;
    }

    /** The zone now covers exactly these countries. */
    void cover(Collection<String> newCountries) {
        countries.retainAll(newCountries);
        countries.addAll(newCountries);
    }

    void price(ShippingMethod method, Money amount) {
        rates.put(method, new ShippingRate(amount));
    }

    void stopPricing(ShippingMethod method) {
        rates.remove(method);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** Its countries' codes, in alphabetical order. */
    public List<String> countries() {
        return countries.stream().sorted().toList();
    }

    public boolean covers(String country) {
        return countries.contains(country);
    }

    /** The price of shipping by this method to the zone, if the zone offers it. */
    public Optional<Money> rate(ShippingMethod method) {
        return Optional.ofNullable(rates.get(method)).map(ShippingRate::amount);
    }

    /** Its prices by method, in the methods' order. */
    public Map<ShippingMethod, Money> rates() {
        Map<ShippingMethod, Money> priced = new EnumMap<>(ShippingMethod.class);
        rates.forEach((method, rate) -> priced.put(method, rate.amount()));
        return priced;
    }
}
