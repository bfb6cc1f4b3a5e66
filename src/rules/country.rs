//! A tenant's country (ISO 3166-1 alpha-2) and what it means for the support options on
//! offer: Professional Direct is sold to small businesses in the United States, Canada and
//! the United Kingdom only (the service description's "Additional support options").

/// The officially assigned ISO 3166-1 alpha-2 codes.
#[rustfmt::skip]
const ISO_3166_ALPHA2: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// Where Professional Direct is offered.
pub const PROFESSIONAL_DIRECT_COUNTRIES: [&str; 3] = ["US", "CA", "GB"];

/// A country code as written in the config (any case) → its upper-case ISO 3166-1
/// alpha-2 code, or why it is not one.
pub fn parse_country(s: &str) -> Result<String, String> {
    let code = s.trim().to_ascii_uppercase();
    if ISO_3166_ALPHA2.binary_search(&code.as_str()).is_ok() {
        return Ok(code);
    }
    let hint = match code.as_str() {
        "UK" => crate::tr!("country-hint-gb"),
        "USA" => crate::tr!("country-hint-us"),
        "JPN" => crate::tr!("country-hint-jp"),
        _ => String::new(),
    };
    Err(crate::tr!("error-unknown-country", value = s, hint = hint))
}

/// The warning for a tenant that has `professional-direct` as its support option while its
/// country is one where Professional Direct is not offered; `None` when that is not the
/// case or the country is not known.
pub fn support_option_warning(support_option: &str, country: Option<&str>) -> Option<String> {
    let country = country?;
    (support_option == "professional-direct" && !PROFESSIONAL_DIRECT_COUNTRIES.contains(&country))
        .then(|| crate::tr!("warning-professional-direct-country", country = country))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_list_is_sorted_and_complete() {
        assert!(ISO_3166_ALPHA2.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(ISO_3166_ALPHA2.len(), 249);
    }

    #[test]
    fn country_codes_are_iso_alpha2_in_any_case() {
        assert_eq!(parse_country("us").unwrap(), "US");
        assert_eq!(parse_country("JP").unwrap(), "JP");
        let e = parse_country("UK").unwrap_err();
        assert!(e.contains("GB"), "{e}");
        assert!(parse_country("XX").is_err());
        assert!(parse_country("").is_err());
    }

    #[test]
    fn professional_direct_outside_us_ca_gb_is_warned() {
        for c in ["US", "CA", "GB"] {
            assert_eq!(support_option_warning("professional-direct", Some(c)), None);
        }
        assert!(support_option_warning("professional-direct", Some("JP")).is_some());
        assert_eq!(support_option_warning("premier", Some("JP")), None);
        assert_eq!(support_option_warning("professional-direct", None), None);
    }
}
