use super::*;
use crate::i18n::{Lang, set_lang};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn ym(y: i32, m: u32) -> YearMonth {
    YearMonth::new(y, m).unwrap()
}

fn nip(s: &str) -> Nip {
    Nip::parse(s).unwrap()
}

fn pns(s: &str) -> NipInfo {
    analyse(&nip(s), StaffKind::Pns)
}

fn pppk(s: &str) -> NipInfo {
    analyse(&nip(s), StaffKind::Pppk)
}

#[test]
fn reference_example_pns() {
    let n = nip("196608011988031001");
    assert_eq!(n.as_str(), "196608011988031001");
    assert_eq!(n.to_string(), "196608011988031001");
    assert_eq!(n.grouped(), "19660801 198803 1 001");
    assert_eq!(
        analyse(&n, StaffKind::Pns),
        NipInfo {
            birth_date: Some(d(1966, 8, 1)),
            tmt: Some(ym(1988, 3)),
            appointment_year: None,
            contract_code: None,
            gender: Some(Gender::Male),
            serial: 1,
            warnings: vec![],
        }
    );
}

#[test]
fn spaced_dotted_and_tabbed_forms_parse() {
    let plain = nip("196608011988031001");
    assert_eq!(nip("19660801 198803 1 001"), plain);
    assert_eq!(nip("19660801.198803.1.001"), plain);
    assert_eq!(nip("  19660801\t198803 . 1 001 "), plain);
    assert_eq!("19660801 198803 1 001".parse::<Nip>().unwrap(), plain);
}

#[test]
fn wrong_lengths_are_refused() {
    assert_eq!(
        Nip::parse("19660801198803100"),
        Err(NipError::WrongLength { digits: 17 })
    );
    assert_eq!(
        Nip::parse("1966080119880310011"),
        Err(NipError::WrongLength { digits: 19 })
    );
    assert_eq!(Nip::parse("1966"), Err(NipError::WrongLength { digits: 4 }));
}

#[test]
fn empty_input_is_refused() {
    assert_eq!(Nip::parse(""), Err(NipError::Empty));
    assert_eq!(Nip::parse(" . \t "), Err(NipError::Empty));
}

#[test]
fn letters_and_other_characters_are_refused() {
    assert_eq!(
        Nip::parse("19660801 198803 1 OO1"),
        Err(NipError::InvalidCharacter { ch: 'O' })
    );
    assert_eq!(
        Nip::parse("19660801-198803-1-001"),
        Err(NipError::InvalidCharacter { ch: '-' })
    );
    // Full-width digits are not ASCII digits.
    assert_eq!(
        Nip::parse("１９６６0801198803100１"),
        Err(NipError::InvalidCharacter { ch: '１' })
    );
}

#[test]
fn error_messages_name_the_field_and_the_count() {
    set_lang(Lang::Id);
    assert_eq!(
        NipError::WrongLength { digits: 16 }.message(),
        "NIP harus 18 digit angka; yang diketik 16 digit."
    );
    assert_eq!(
        NipError::InvalidCharacter { ch: 'x' }.message(),
        "NIP hanya boleh berisi angka (spasi dan titik boleh); hapus karakter \u{201c}x\u{201d}."
    );
    assert_eq!(
        NipError::Empty.message(),
        "NIP belum diisi; ketik 18 digit angka, misalnya 19660801 198803 1 001."
    );
    set_lang(Lang::En);
    assert_eq!(
        NipError::WrongLength { digits: 17 }.message(),
        "NIP must have 18 digits; you typed 17."
    );
    assert_eq!(
        NipError::InvalidCharacter { ch: '\u{1b}' }.to_string(),
        "NIP may contain only digits (spaces and dots are allowed); remove the character \u{201c}U+001B\u{201d}."
    );
    assert_eq!(
        NipError::Empty.message(),
        "NIP is empty; type its 18 digits, for example 19660801 198803 1 001."
    );
    set_lang(Lang::Id);
}

#[test]
fn tmt_month_13_is_a_warning() {
    let i = pns("196608011988131001");
    assert_eq!(i.tmt, None);
    assert_eq!(i.birth_date, Some(d(1966, 8, 1)));
    assert_eq!(
        i.warnings,
        [NipWarning::InvalidTmtMonth {
            digits: "13".into()
        }]
    );
    let i = pns("196608011988001001");
    assert_eq!(
        i.warnings,
        [NipWarning::InvalidTmtMonth {
            digits: "00".into()
        }]
    );
}

#[test]
fn impossible_birth_date_is_a_warning() {
    let i = pns("196602311988031001");
    assert_eq!(i.birth_date, None);
    assert_eq!(i.tmt, Some(ym(1988, 3)));
    assert_eq!(
        i.warnings,
        [NipWarning::InvalidBirthDate {
            digits: "19660231".into()
        }]
    );
    // 29 February exists only in leap years.
    assert_eq!(pns("196802291988031001").warnings, []);
    assert_eq!(
        pns("196702291988031001").warnings,
        [NipWarning::InvalidBirthDate {
            digits: "19670229".into()
        }]
    );
}

#[test]
fn gender_digit_3_is_a_warning() {
    let i = pns("196608011988033001");
    assert_eq!(i.gender, None);
    assert_eq!(i.warnings, [NipWarning::InvalidGender { digit: '3' }]);
    assert_eq!(pns("196608011988032001").gender, Some(Gender::Female));
}

#[test]
fn serial_000_is_a_warning() {
    let i = pns("196608011988031000");
    assert_eq!(i.serial, 0);
    assert_eq!(i.warnings, [NipWarning::ZeroSerial]);
    assert_eq!(pns("196608011988031999").serial, 999);
}

#[test]
fn tmt_before_17th_birthday_is_a_warning() {
    // Born 1 Aug 1966: turns 17 on 1 Aug 1983.
    let i = pns("196608011983071001");
    assert_eq!(
        i.warnings,
        [NipWarning::TmtBeforeSeventeen {
            tmt: ym(1983, 7),
            seventeenth_birthday: d(1983, 8, 1),
        }]
    );
    // TMT month starting on the 17th birthday is fine.
    assert_eq!(pns("196608011983081001").warnings, []);
    // Born 2 Aug: 1 Aug 1983 is a day short of 17.
    assert_eq!(
        pns("196608021983081001").warnings,
        [NipWarning::TmtBeforeSeventeen {
            tmt: ym(1983, 8),
            seventeenth_birthday: d(1983, 8, 2),
        }]
    );
    // TMT before birth.
    assert_eq!(
        pns("196608011960011001").warnings,
        [NipWarning::TmtBeforeSeventeen {
            tmt: ym(1960, 1),
            seventeenth_birthday: d(1983, 8, 1),
        }]
    );
    // Born 29 Feb 1968: 17 on 1 Mar 1985.
    assert_eq!(
        pns("196802291985021001").warnings,
        [NipWarning::TmtBeforeSeventeen {
            tmt: ym(1985, 2),
            seventeenth_birthday: d(1985, 3, 1),
        }]
    );
    assert_eq!(pns("196802291985031001").warnings, []);
}

#[test]
fn age_over_46_at_tmt_is_a_warning() {
    // Born 1 Aug 1966: 46 until 31 Jul 2013, 47 from 1 Aug 2013.
    assert_eq!(pns("196608012013071001").warnings, []);
    assert_eq!(
        pns("196608012013081001").warnings,
        [NipWarning::AgeAtTmtAbove46 {
            tmt: ym(2013, 8),
            age: 47,
        }]
    );
}

#[test]
fn several_warnings_together() {
    let i = pns("196602311988133000");
    assert_eq!(
        i.warnings,
        [
            NipWarning::InvalidBirthDate {
                digits: "19660231".into()
            },
            NipWarning::InvalidTmtMonth {
                digits: "13".into()
            },
            NipWarning::InvalidGender { digit: '3' },
            NipWarning::ZeroSerial,
        ]
    );
    assert_eq!(NipWarning::flags(&i.warnings), 0b11_0011);
}

#[test]
fn pppk_reference_examples() {
    assert_eq!(
        pppk("200012312024211001"),
        NipInfo {
            birth_date: Some(d(2000, 12, 31)),
            tmt: None,
            appointment_year: Some(2024),
            contract_code: Some("21".into()),
            gender: Some(Gender::Male),
            serial: 1,
            warnings: vec![],
        }
    );
    assert_eq!(
        pppk("199009132025242014"),
        NipInfo {
            birth_date: Some(d(1990, 9, 13)),
            tmt: None,
            appointment_year: Some(2025),
            contract_code: Some("24".into()),
            gender: Some(Gender::Female),
            serial: 14,
            warnings: vec![],
        }
    );
    assert_eq!(nip("200012312024211001").grouped(), "20001231 202421 1 001");
}

#[test]
fn pppk_code_not_2x_is_a_warning() {
    let i = pppk("200012312024311001");
    assert_eq!(i.contract_code.as_deref(), Some("31"));
    assert_eq!(
        i.warnings,
        [NipWarning::UnusualPppkCode { code: "31".into() }]
    );
}

#[test]
fn kind_decides_the_reading() {
    // A PPPK number read as PNS: "21" is not a month.
    assert_eq!(
        pns("200012312024211001").warnings,
        [NipWarning::InvalidTmtMonth {
            digits: "21".into()
        }]
    );
    // A PNS number read as PPPK: "03" is not a 2x code.
    let i = pppk("196608011988031001");
    assert_eq!(i.tmt, None);
    assert_eq!(i.appointment_year, Some(1988));
    assert_eq!(
        i.warnings,
        [NipWarning::UnusualPppkCode { code: "03".into() }]
    );
}

#[test]
fn each_warning_kind_has_its_own_bit() {
    let all = [
        NipWarning::InvalidBirthDate {
            digits: "19660231".into(),
        },
        NipWarning::InvalidTmtMonth {
            digits: "13".into(),
        },
        NipWarning::TmtBeforeSeventeen {
            tmt: ym(1983, 7),
            seventeenth_birthday: d(1983, 8, 1),
        },
        NipWarning::AgeAtTmtAbove46 {
            tmt: ym(2013, 8),
            age: 47,
        },
        NipWarning::InvalidGender { digit: '3' },
        NipWarning::ZeroSerial,
        NipWarning::UnusualPppkCode { code: "31".into() },
    ];
    let bits: Vec<u32> = all.iter().map(NipWarning::bit).collect();
    assert_eq!(bits, [1, 2, 4, 8, 16, 32, 64]);
    assert_eq!(NipWarning::flags(&all), 0b111_1111);
    assert_eq!(NipWarning::flags(&[]), 0);
    // The bit depends on the kind, not on the data.
    assert_eq!(
        NipWarning::InvalidGender { digit: '9' }.bit(),
        NipWarning::InvalidGender { digit: '0' }.bit()
    );
}

#[test]
fn warning_messages() {
    set_lang(Lang::Id);
    assert_eq!(
        NipWarning::InvalidTmtMonth {
            digits: "13".into()
        }
        .message(),
        "Digit 13–14 NIP (13) bukan bulan TMT CPNS 01–12. Periksa NIP pada SK; \
         jika pegawai ini PPPK, ubah jenis pegawainya."
    );
    assert_eq!(
        NipWarning::AgeAtTmtAbove46 {
            tmt: ym(2013, 8),
            age: 47,
        }
        .message(),
        "Menurut NIP, umur pada TMT CPNS 08/2013 adalah 47 tahun, di atas batas wajar 46 tahun. \
         Periksa tanggal lahir dan TMT CPNS pada SK."
    );
    assert_eq!(
        NipWarning::TmtBeforeSeventeen {
            tmt: ym(1983, 7),
            seventeenth_birthday: d(1983, 8, 1),
        }
        .message(),
        "Menurut NIP, TMT CPNS 07/1983 lebih awal dari ulang tahun ke-17 (01-08-1983). \
         Periksa tanggal lahir dan TMT CPNS pada SK."
    );
    set_lang(Lang::En);
    assert_eq!(
        NipWarning::InvalidGender { digit: '3' }.message(),
        "NIP digit 15 (3) should be 1 (male) or 2 (female). Check the NIP on the appointment decree (SK)."
    );
    assert_eq!(
        NipWarning::UnusualPppkCode { code: "31".into() }.message(),
        "NI PPPK digits 13–14 (31) should start with 2, usually 21. Check the NI PPPK on the \
         appointment decree (SK); if this employee is a PNS, change the employee type."
    );
    set_lang(Lang::Id);
}

#[test]
fn serde_round_trip_validates() {
    let n = nip("196608011988031001");
    let json = serde_json::to_string(&n).unwrap();
    assert_eq!(json, "\"196608011988031001\"");
    assert_eq!(serde_json::from_str::<Nip>(&json).unwrap(), n);
    assert!(serde_json::from_str::<Nip>("\"1966\"").is_err());
    assert!(serde_json::from_str::<Nip>("\"19660801198803100x\"").is_err());
}
