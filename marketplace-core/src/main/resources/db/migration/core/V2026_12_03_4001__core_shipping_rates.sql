-- Shipping rates: administrators group destination countries in zones (a country in one zone at
-- most, which the primary key of shipping_zone_countries guarantees) and give each zone a price
-- per shipping method.
CREATE TABLE shipping_zones (
    id      CHAR(36)     NOT NULL PRIMARY KEY,
    code    VARCHAR(20)  NOT NULL,
    name    VARCHAR(100) NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT uk_shipping_zones_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE shipping_zone_countries (
    zone_id CHAR(36) NOT NULL,
    country CHAR(2)  NOT NULL PRIMARY KEY,
    INDEX ix_shipping_zone_countries_zone (zone_id),
    CONSTRAINT fk_shipping_zone_countries_zone FOREIGN KEY (zone_id) REFERENCES shipping_zones (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE shipping_rates (
    zone_id      CHAR(36)    NOT NULL,
    method       VARCHAR(20) NOT NULL,
    amount_minor BIGINT      NOT NULL,
    currency     CHAR(3)     NOT NULL,
    PRIMARY KEY (zone_id, method),
    CONSTRAINT fk_shipping_rates_zone FOREIGN KEY (zone_id) REFERENCES shipping_zones (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
