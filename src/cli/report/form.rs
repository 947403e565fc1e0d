//! The wording of the Dokumen Evaluasi Kinerja Pegawai, dates written the
//! Indonesian way, and the place of signing.
//!
//! The document is an official Indonesian form (PermenPANRB 6/2022; domain
//! reference §1.2 and §1.7): its labels are the regulation's own words and
//! stay Indonesian whatever `--lang` says, like the rating and predikat
//! labels. Messages *about* the document (errors, "written to …") go
//! through the message catalog instead.

use chrono::{Datelike, NaiveDate};

use crate::domain::period::Quarter;
use crate::domain::rating::AssessmentPeriod;
use crate::i18n::{Lang, lang, set_lang};

pub const TITLE: &str = "DOKUMEN EVALUASI KINERJA PEGAWAI";
pub const KIND_PERIODIC: &str = "EVALUASI KINERJA PERIODIK";
pub const KIND_ANNUAL: &str = "EVALUASI KINERJA TAHUNAN";
pub const PERIOD: &str = "Periode Penilaian";
pub const DRAFT: &str = "DRAF";
pub const DRAFT_NOTE: &str = "Penilaian belum final dan masih dapat berubah.";
pub const NOT_ASSESSED_NOTE: &str =
    "Penilaian belum dicatat; dokumen ini baru memuat hasil kerja dan bukti dukung.";
pub const FINAL: &str = "FINAL";

pub const PERSON: &str = "Pegawai yang Dinilai";
pub const ASSESSOR: &str = "Pejabat Penilai Kinerja";
pub const NAME: &str = "Nama";
pub const NIP: &str = "NIP";
pub const RANK: &str = "Pangkat/Gol. Ruang";
pub const POSITION: &str = "Jabatan";
pub const UNIT: &str = "Unit Kerja";
pub const NO_ASSESSOR: &str = "belum ada atasan langsung di daftar pegawai";

pub const ORG_PERFORMANCE: &str = "Capaian Kinerja Organisasi";
pub const DISTRIBUTION: &str = "Pola Distribusi";
pub const NOT_SET: &str = "belum ditetapkan";
pub const DISTRIBUTION_COUNTS: &str = "Sebaran predikat saat ini";
pub const DISTRIBUTION_OK: &str = "Sebaran sesuai pola distribusi.";
pub const DRAFTS_INCLUDED: &str = "termasuk penilaian draf";
pub const WARNING: &str = "Peringatan";
pub const NOTE: &str = "Catatan";

pub const RESULTS: &str = "Hasil Kerja";
pub const MAIN: &str = "A. Utama";
pub const ADDITIONAL: &str = "B. Tambahan";
pub const COL_NO: &str = "No";
pub const COL_PARENT: &str = "Rencana Hasil Kerja Pimpinan yang Diintervensi";
pub const COL_RESULT: &str = "Rencana Hasil Kerja";
pub const COL_ASPECT: &str = "Aspek";
pub const COL_INDICATOR: &str = "Indikator Kinerja Individu";
pub const COL_TARGET: &str = "Target";
pub const COL_ACTUAL: &str = "Realisasi Berdasarkan Bukti Dukung";
pub const COL_ACTUAL_SHORT: &str = "Realisasi";
pub const COL_ACHIEVEMENT: &str = "Capaian";
pub const COL_EVIDENCE: &str = "Bukti Dukung";
pub const COL_FEEDBACK: &str = "Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung";
pub const COL_FEEDBACK_SHORT: &str = "Umpan Balik";
pub const NONE_ROW: &str = "tidak ada";
pub const NO_PLAN: &str =
    "SKP tahun ini belum ditetapkan: belum ada hasil kerja yang dapat dievaluasi.";
pub const AVERAGE: &str = "Rata-rata capaian";
pub const INDICATORS: &str = "indikator";
pub const NOT_COMPUTED: &str = "belum dapat dihitung";

pub const RATING_RESULT: &str = "Rating Hasil Kerja";
pub const SUGGESTION: &str = "Saran aplikasi";
pub const REASON: &str = "Alasan berbeda dari saran";
pub const BEHAVIOUR: &str = "Perilaku Kerja";
pub const COL_VALUE: &str = "Nilai";
pub const COL_GUIDES: &str = "Panduan Perilaku";
pub const COL_EXPECTATION: &str = "Ekspektasi Khusus Pimpinan";
pub const RATING_BEHAVIOUR: &str = "Rating Perilaku Kerja";
pub const PREDICATE: &str = "Predikat Kinerja Pegawai";
pub const NOT_RECORDED: &str = "belum dicatat";
pub const NOT_CHOSEN: &str = "belum dipilih";
pub const QUARTERS: &str = "Evaluasi Periodik dan Tahunan";
pub const COL_PERIOD: &str = "Periode";
pub const COL_STATUS: &str = "Status";
pub const FEEDBACK: &str = "Umpan Balik Pejabat Penilai";
pub const EMPTY: &str = "—";
pub const PLACE_BLANK: &str = "……………";
/// Where a signer's name is written by hand.
pub const NAME_BLANK: &str = "(.............................)";

/// Who signs at the foot of a document: the role ("Pejabat Penilai
/// Kinerja"), then the name and NIP when known (else a line to fill in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    pub title: String,
    pub name: Option<String>,
    pub nip: Option<String>,
}

/// Sets the language to Indonesian until dropped: a document's labels
/// (ratings, predikat, periods, BerAKHLAK texts, distribution messages)
/// are the regulation's Indonesian words whatever `--lang` says.
pub struct Indonesian(Lang);

impl Indonesian {
    pub fn new() -> Indonesian {
        let before = lang();
        set_lang(Lang::Id);
        Indonesian(before)
    }
}

impl Default for Indonesian {
    fn default() -> Indonesian {
        Indonesian::new()
    }
}

impl Drop for Indonesian {
    fn drop(&mut self) {
        set_lang(self.0);
    }
}

/// Month names as written on Indonesian documents.
const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// "22 November 2026", "1 Juli 2026".
pub fn date_id(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

/// The first and last day of a period.
pub fn period_bounds(year: i32, period: AssessmentPeriod) -> (NaiveDate, NaiveDate) {
    let (first, last) = match period.quarter().map(Quarter::number) {
        Some(q) => (u32::from(q) * 3 - 2, u32::from(q) * 3),
        None => (1, 12),
    };
    let start = NaiveDate::from_ymd_opt(year, first, 1).expect("valid month");
    let end = if last == 12 {
        NaiveDate::from_ymd_opt(year, 12, 31)
    } else {
        NaiveDate::from_ymd_opt(year, last + 1, 1).and_then(|d| d.pred_opt())
    }
    .expect("valid month");
    (start, end)
}

/// "1 Juli s.d. 30 September 2026".
pub fn period_range(year: i32, period: AssessmentPeriod) -> String {
    let (start, end) = period_bounds(year, period);
    format!(
        "{} {} s.d. {}",
        start.day(),
        MONTHS[start.month0() as usize],
        date_id(end)
    )
}

/// Words that name the kind of government, not the place.
const GOVERNMENT_WORDS: [&str; 8] = [
    "pemerintah",
    "pemkab",
    "pemkot",
    "pemprov",
    "kabupaten",
    "kab.",
    "kota",
    "provinsi",
];

/// The place of signing derived from the organisation's name: "Pemerintah
/// Kabupaten Banyumas" → "Banyumas", "Pemerintah Kota Bandung" →
/// "Bandung". `None` when nothing is left.
pub fn place_from_organisation(org: &str) -> Option<String> {
    let words: Vec<&str> = org.split_whitespace().collect();
    let skip = words
        .iter()
        .take_while(|w| GOVERNMENT_WORDS.contains(&w.to_lowercase().as_str()))
        .count();
    let rest = words[skip..].join(" ");
    (!rest.is_empty()).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_the_indonesian_way() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(date_id(d), "22 November 2026");
        let q = |n| AssessmentPeriod::Quarter(Quarter::new(n).unwrap());
        assert_eq!(period_range(2026, q(1)), "1 Januari s.d. 31 Maret 2026");
        assert_eq!(period_range(2024, q(1)), "1 Januari s.d. 31 Maret 2024");
        assert_eq!(period_range(2026, q(2)), "1 April s.d. 30 Juni 2026");
        assert_eq!(period_range(2026, q(3)), "1 Juli s.d. 30 September 2026");
        assert_eq!(period_range(2026, q(4)), "1 Oktober s.d. 31 Desember 2026");
        assert_eq!(
            period_range(2026, AssessmentPeriod::Year),
            "1 Januari s.d. 31 Desember 2026"
        );
    }

    #[test]
    fn the_place_comes_from_the_organisation_name() {
        let p = |s| place_from_organisation(s);
        assert_eq!(
            p("Pemerintah Kabupaten Banyumas").as_deref(),
            Some("Banyumas")
        );
        assert_eq!(p("Pemerintah Kota Bandung").as_deref(), Some("Bandung"));
        assert_eq!(
            p("Pemerintah Provinsi Jawa Tengah").as_deref(),
            Some("Jawa Tengah")
        );
        assert_eq!(p("Kabupaten Banyumas").as_deref(), Some("Banyumas"));
        assert_eq!(p("Banyumas").as_deref(), Some("Banyumas"));
        assert_eq!(p("Pemerintah Kabupaten"), None);
        assert_eq!(p(""), None);
    }
}
