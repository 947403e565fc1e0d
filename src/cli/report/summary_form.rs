//! The wording of the summary documents (`kinerja report unit` and
//! `kinerja report public`) and how their numbers are written.
//!
//! Like the evaluation document ([`super::form`]), these are Indonesian
//! documents whatever `--lang` says; messages *about* them go through the
//! message catalog.

use crate::domain::distribution::percent_text;
use crate::store::summary::Tally;

pub const UNIT_TITLE: &str = "RINGKASAN KINERJA UNIT KERJA";
pub const PUBLIC_TITLE: &str = "LAPORAN PUBLIK KINERJA PEGAWAI ASN";
pub const PERIOD: &str = "Periode";
pub const PRINTED: &str = "Dicetak";

pub const UNIT: &str = "Unit kerja";
pub const PARENTS: &str = "Berada di bawah";
pub const ORG_PREDICATE: &str = "Predikat kinerja organisasi";
pub const ORG_OWN: &str = "ditetapkan untuk unit ini";
pub const ORG_INHERITED: &str = "mengikuti";

pub const RECAP: &str = "Rekapitulasi unit ini dan seluruh unit di bawahnya";
pub const ACTIVE: &str = "Pegawai aktif";
pub const EXCLUDED: &str = "Keluar sejak awal periode";
pub const EXCLUDED_APART: &str = "dihitung terpisah, tidak termasuk pegawai aktif";
pub const WITH_PLAN: &str = "SKP ditetapkan";
pub const COMPLETE: &str = "Realisasi lengkap";
pub const ASSESSED: &str = "Dinilai (draf dan final)";
pub const FINALS: &str = "Penilaian final";
pub const MEAN: &str = "Rata-rata capaian";
pub const PEOPLE: &str = "pegawai";
pub const OF: &str = "dari";

pub const SUBUNITS: &str = "Sub-unit langsung";
pub const OWN_STAFF: &str = "Pegawai langsung di unit ini";
pub const TOTAL: &str = "Jumlah";
pub const NO_SUBUNITS: &str = "Unit ini tidak memiliki sub-unit.";

/// Short column heads of the tables.
pub const COL_UNIT: &str = "Unit";
pub const COL_ACTIVE: &str = "Aktif";
pub const COL_EXCLUDED: &str = "Keluar";
pub const COL_PLAN: &str = "SKP";
pub const COL_COMPLETE: &str = "Lengkap";
pub const COL_ASSESSED: &str = "Dinilai";
pub const COL_FINAL: &str = "Final";
pub const COL_MEAN: &str = "Capaian";
pub const COL_PERIOD: &str = "Triwulan";

pub const DISTRIBUTION: &str = "Sebaran predikat kinerja pegawai";
pub const BAND_LEGEND: &str =
    "[ ] rentang yang sesuai pola distribusi (SE MenPANRB 3/2023); satu # = 5 %.";
pub const BAND_LEGEND_HTML: &str = "Kotak bergaris putus-putus: rentang yang sesuai pola \
     distribusi (SE MenPANRB 3/2023).";
pub const TOGETHER: &str = "Bersama-sama";
pub const NOBODY_ASSESSED: &str =
    "Belum ada pegawai yang dinilai pada periode ini: sebaran predikat belum ada.";
pub const NO_BAND: &str = "Predikat kinerja organisasi belum ditetapkan: rentang pola distribusi \
     tidak digambar dan sebaran belum dapat diperiksa.";
pub const GUIDANCE: &str = "Pola distribusi adalah pertimbangan bagi pimpinan (SE MenPANRB \
     3/2023), bukan larangan: peringatan tidak menghalangi penetapan predikat.";
pub const NO_STAFF: &str = "Unit ini belum memiliki pegawai aktif; semua angka bernilai nol.";
pub const QUARTERS: &str = "Kelengkapan per triwulan";
pub const QUARTERS_NOTE: &str = "Dihitung terhadap pegawai aktif saat ini.";

pub const COMPILER: &str = "Disusun oleh";
pub const HEAD: &str = "Pimpinan Unit Kerja";

pub const PUBLIC_INTRO: &str = "Laporan ini hanya memuat angka gabungan: tanpa nama, tanpa NIP, \
     dan tanpa unit yang pegawai aktifnya kurang dari batas minimum, agar tidak seorang pun \
     dapat dikenali.";
pub const GOVERNMENT: &str = "Seluruh pemerintah daerah";
pub const AGENCY: &str = "Perangkat daerah";
pub const OTHERS: &str = "Unit lain";
pub const COMPLETION: &str = "Kelengkapan per perangkat daerah";
pub const FINAL_ONLY: &str = "hanya penilaian final";
pub const SOURCE: &str = "Sumber: data kinerja pegawai";

/// Groups of at most this many people show counts without percentages.
pub const TINY_GROUP: u64 = 3;

/// "Kelompok ini hanya 2 orang: …".
pub fn tiny_note(n: u64) -> String {
    format!(
        "Kelompok ini hanya {n} orang: persentase pada kelompok sekecil ini menyesatkan, \
         maka yang ditampilkan hanya jumlah orang."
    )
}

/// Why some rows of a table have no percentages.
pub fn tiny_rows_note() -> String {
    format!("Persentase tidak ditampilkan untuk kelompok {TINY_GROUP} orang atau kurang")
}

/// "Baik (mengikuti Dinas Sosial)".
pub fn inherited(predicate: &str, from: &str) -> String {
    format!("{predicate} ({ORG_INHERITED} {from})")
}

/// "Perangkat daerah dengan kurang dari 10 pegawai aktif …".
pub fn folded_note(min: u64) -> String {
    format!(
        "Perangkat daerah dengan kurang dari {min} pegawai aktif tidak ditampilkan sendiri: \
         angkanya digabung dalam baris \"{OTHERS}\", bersama pegawai yang langsung berada di \
         bawah pemerintah daerah. Bila gabungan itu masih kurang dari {min} orang, perangkat \
         daerah terkecil berikutnya ikut digabung."
    )
}

/// "Unit lain (27 perangkat daerah)".
pub fn others(folded: usize) -> String {
    match folded {
        0 => OTHERS.to_string(),
        n => format!("{OTHERS} ({n} perangkat daerah)"),
    }
}

/// What the mark of a hidden count means.
pub fn hidden_note(mark: &str, min: u64) -> String {
    format!(
        "{mark} = angka disembunyikan: kelompok 1 sampai {} orang, atau angka yang dapat \
         dipakai untuk menghitung kelompok sekecil itu dari jumlahnya.",
        min.saturating_sub(1)
    )
}

/// Percentages only for groups of at least this many people.
pub fn percent_note(min: u64) -> String {
    format!(
        "Persentase predikat hanya untuk kelompok sedikitnya {min} orang; rata-rata capaian \
         hanya bila dihitung dari sedikitnya {min} orang."
    )
}

/// "The government has fewer than N active staff".
pub fn too_small_note(min: u64) -> String {
    format!(
        "Pegawai aktif seluruh pemerintah daerah kurang dari {min} orang: tidak ada angka \
         yang dapat diterbitkan tanpa membuat orang dapat dikenali."
    )
}

/// `n` of `of` in percent, "40%", "66,7%" (exact where it matters, never
/// "100%" for less than all); a dash when `of` is 0.
pub fn pct(n: u64, of: u64) -> String {
    if of == 0 {
        return "—".to_string();
    }
    format!("{}%", percent_text(n, of, 100))
}

/// "2 dari 5 (40%)"; without the percentage for a tiny group; "0" for none.
pub fn count_of(n: u64, of: u64) -> String {
    match of {
        0 => "0".to_string(),
        _ if of <= TINY_GROUP => format!("{n} {OF} {of}"),
        _ => format!("{n} {OF} {of} ({})", pct(n, of)),
    }
}

/// The mean capaian, "98,75%", or a dash.
pub fn mean(t: &Tally) -> String {
    t.mean_achievement()
        .map(|d| format!("{}%", d.format_id_dp(2)))
        .unwrap_or_else(|| "—".to_string())
}

/// "98,75% (12 pegawai)", or a dash.
pub fn mean_with_n(t: &Tally) -> String {
    match t.mean_achievement() {
        Some(_) => format!("{} ({} {PEOPLE})", mean(t), t.achievement_n),
        None => "—".to_string(),
    }
}

/// The allowed share of one predikat in words: "paling banyak 70 %",
/// "paling sedikit 60 %", "tidak boleh ada", "bebas".
pub fn band_text((min, max): (u32, u32)) -> String {
    match (min, max) {
        (0, 0) => "tidak boleh ada".to_string(),
        (0, 100) => "bebas".to_string(),
        (0, max) => format!("paling banyak {max} %"),
        (min, 100) => format!("paling sedikit {min} %"),
        (min, max) => format!("{min}–{max} %"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_for_people() {
        assert_eq!(pct(2, 5), "40%");
        assert_eq!(pct(2, 3), "66,7%");
        assert_eq!(pct(999, 1000), "99,9%");
        assert_eq!(pct(0, 0), "—");
        assert_eq!(count_of(2, 5), "2 dari 5 (40%)");
        assert_eq!(count_of(1, 3), "1 dari 3");
        assert_eq!(count_of(0, 0), "0");
        assert_eq!(band_text((0, 70)), "paling banyak 70 %");
        assert_eq!(band_text((60, 100)), "paling sedikit 60 %");
        assert_eq!(band_text((0, 0)), "tidak boleh ada");
        assert_eq!(band_text((0, 100)), "bebas");
        assert_eq!(mean(&Tally::default()), "—");
    }
}
