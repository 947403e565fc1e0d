//! The seven BerAKHLAK core values of ASN (SE MenPANRB 20/2021, now UU
//! 20/2023 Pasal 4 ayat 2; domain reference §2), each with its definition
//! and three panduan perilaku (behaviour guides).
//!
//! Under PermenPANRB 6/2022 the supervisor gives one rating perilaku kerja
//! overall, informed by these values; each value carries the supervisor's
//! ekspektasi khusus pimpinan and umpan balik, and has no score of its own.
//!
//! The texts are official terms and stay Indonesian in every language,
//! word for word as SE 20/2021 writes them (§2); the English catalog adds a
//! gloss in parentheses. UU 20/2023 words a few guides slightly
//! differently; the SE wording is the one the forms use.

use serde::{Deserialize, Serialize};

use super::rating::normalize;
use crate::i18n::t;

/// A BerAKHLAK core value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CoreValue {
    /// Berorientasi Pelayanan.
    #[serde(rename = "berorientasi_pelayanan")]
    ServiceOriented,
    /// Akuntabel.
    #[serde(rename = "akuntabel")]
    Accountable,
    /// Kompeten.
    #[serde(rename = "kompeten")]
    Competent,
    /// Harmonis.
    #[serde(rename = "harmonis")]
    Harmonious,
    /// Loyal.
    #[serde(rename = "loyal")]
    Loyal,
    /// Adaptif.
    #[serde(rename = "adaptif")]
    Adaptive,
    /// Kolaboratif.
    #[serde(rename = "kolaboratif")]
    Collaborative,
}

/// Panduan perilaku per value.
pub const GUIDES_PER_VALUE: usize = 3;

impl CoreValue {
    /// In the official order, the order of the acronym B-A-K-H-L-A-K.
    pub const ALL: [CoreValue; 7] = [
        CoreValue::ServiceOriented,
        CoreValue::Accountable,
        CoreValue::Competent,
        CoreValue::Harmonious,
        CoreValue::Loyal,
        CoreValue::Adaptive,
        CoreValue::Collaborative,
    ];

    /// The stored code: `berorientasi_pelayanan`, `akuntabel`, `kompeten`,
    /// `harmonis`, `loyal`, `adaptif`, `kolaboratif`.
    pub fn code(self) -> &'static str {
        match self {
            CoreValue::ServiceOriented => "berorientasi_pelayanan",
            CoreValue::Accountable => "akuntabel",
            CoreValue::Competent => "kompeten",
            CoreValue::Harmonious => "harmonis",
            CoreValue::Loyal => "loyal",
            CoreValue::Adaptive => "adaptif",
            CoreValue::Collaborative => "kolaboratif",
        }
    }

    /// 1 to 7, as numbered in the SE.
    pub fn number(self) -> u8 {
        Self::ALL.iter().position(|v| *v == self).expect("in ALL") as u8 + 1
    }

    /// Reads the code or the name, any case and spacing:
    /// `akuntabel`, `Berorientasi Pelayanan`.
    pub fn parse(s: &str) -> Option<CoreValue> {
        let n = normalize(s);
        Self::ALL.into_iter().find(|v| normalize(v.code()) == n)
    }

    fn text(self, part: &str) -> String {
        t(&format!("core_value.{}.{part}", self.code()))
    }

    /// The official name: "Berorientasi Pelayanan", "Akuntabel", …
    pub fn label(self) -> String {
        self.text("label")
    }

    /// A short explanation in the current language ("Accountable").
    pub fn gloss(self) -> String {
        self.text("gloss")
    }

    /// The definition: "Bertanggung jawab atas kepercayaan yang diberikan".
    pub fn definition(self) -> String {
        self.text("definition")
    }

    /// The three panduan perilaku, in order (a), (b), (c).
    pub fn guides(self) -> [String; GUIDES_PER_VALUE] {
        [1, 2, 3].map(|i| self.text(&format!("guide_{i}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, catalog, set_lang};

    /// Domain reference §2, copied from the table, in the SE's order.
    const SE_20_2021: [(&str, &str, [&str; 3]); 7] = [
        (
            "Berorientasi Pelayanan",
            "Komitmen memberikan pelayanan prima demi kepuasan masyarakat",
            [
                "Memahami dan memenuhi kebutuhan masyarakat",
                "Ramah, cekatan, solutif, dan dapat diandalkan",
                "Melakukan perbaikan tiada henti",
            ],
        ),
        (
            "Akuntabel",
            "Bertanggung jawab atas kepercayaan yang diberikan",
            [
                "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
                "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
                "Tidak menyalahgunakan kewenangan jabatan",
            ],
        ),
        (
            "Kompeten",
            "Terus belajar dan mengembangkan kapabilitas",
            [
                "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
                "Membantu orang lain belajar",
                "Melaksanakan tugas dengan kualitas terbaik",
            ],
        ),
        (
            "Harmonis",
            "Saling peduli dan menghargai perbedaan",
            [
                "Menghargai setiap orang apapun latar belakangnya",
                "Suka menolong orang lain",
                "Membangun lingkungan kerja yang kondusif",
            ],
        ),
        (
            "Loyal",
            "Berdedikasi dan mengutamakan kepentingan bangsa dan negara",
            [
                "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah",
                "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
                "Menjaga rahasia jabatan dan negara",
            ],
        ),
        (
            "Adaptif",
            "Terus berinovasi dan antusias dalam menggerakkan ataupun menghadapi perubahan",
            [
                "Cepat menyesuaikan diri menghadapi perubahan",
                "Terus berinovasi dan mengembangkan kreativitas",
                "Bertindak proaktif",
            ],
        ),
        (
            "Kolaboratif",
            "Membangun kerja sama yang sinergis",
            [
                "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
                "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
                "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
            ],
        ),
    ];

    #[test]
    fn the_texts_are_the_se_word_for_word() {
        set_lang(Lang::Id);
        for (v, (label, definition, guides)) in CoreValue::ALL.into_iter().zip(SE_20_2021) {
            assert_eq!(v.label(), label);
            assert_eq!(v.definition(), definition, "{label}");
            assert_eq!(v.guides(), guides, "{label}");
        }
    }

    #[test]
    fn english_keeps_the_indonesian_text_and_adds_a_gloss() {
        set_lang(Lang::En);
        for (v, (label, definition, guides)) in CoreValue::ALL.into_iter().zip(SE_20_2021) {
            assert_eq!(v.label(), label);
            assert!(
                v.definition().starts_with(definition) && v.definition().len() > definition.len(),
                "{label}: {}",
                v.definition()
            );
            for (g, id) in v.guides().iter().zip(guides) {
                assert!(g.starts_with(id) && g.len() > id.len(), "{label}: {g}");
            }
            assert_ne!(v.gloss(), v.label(), "{label}");
        }
        assert_eq!(CoreValue::Accountable.gloss(), "Accountable");
        set_lang(Lang::Id);
    }

    #[test]
    fn seven_values_spell_berakhlak() {
        set_lang(Lang::Id);
        let initials: String = CoreValue::ALL
            .iter()
            .map(|v| v.label().chars().next().unwrap())
            .collect();
        assert_eq!(initials, "BAKHLAK");
        assert_eq!(CoreValue::ALL.map(|v| v.number()), [1, 2, 3, 4, 5, 6, 7]);
        for lang in [Lang::Id, Lang::En] {
            for v in CoreValue::ALL {
                for part in [
                    "label",
                    "gloss",
                    "definition",
                    "guide_1",
                    "guide_2",
                    "guide_3",
                ] {
                    let key = format!("core_value.{}.{part}", v.code());
                    assert!(catalog(lang).contains_key(&key), "{lang:?} {key}");
                }
                // No fourth guide hiding in the catalog.
                let key = format!("core_value.{}.guide_4", v.code());
                assert!(!catalog(lang).contains_key(&key));
            }
        }
    }

    #[test]
    fn codes_parse_and_serialise() {
        set_lang(Lang::Id);
        for v in CoreValue::ALL {
            assert_eq!(CoreValue::parse(v.code()), Some(v));
            assert_eq!(CoreValue::parse(&v.label()), Some(v));
            assert_eq!(CoreValue::parse(&v.label().to_uppercase()), Some(v));
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(json, format!("\"{}\"", v.code()));
            assert_eq!(serde_json::from_str::<CoreValue>(&json).unwrap(), v);
        }
        assert_eq!(
            CoreValue::parse("  berorientasi   pelayanan "),
            Some(CoreValue::ServiceOriented)
        );
        assert_eq!(CoreValue::parse("Integritas"), None);
        assert_eq!(CoreValue::parse("Orientasi Pelayanan"), None);
        assert_eq!(CoreValue::parse(""), None);
    }
}
