//! What the demo assessors write: the reason for departing from the
//! suggested rating, the overall feedback, and per BerAKHLAK value the
//! specific expectation and the feedback. Short, plain Indonesian as a
//! supervisor types it; no real person's data.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use crate::domain::core_value::CoreValue;
use crate::domain::rating::{Predicate, Rating};

fn pick(rng: &mut ChaCha8Rng, list: &[&'static str]) -> &'static str {
    list[rng.random_range(0..list.len())]
}

/// Why the rating hasil kerja departs from the suggestion, or `None` when
/// it does not depart (or the step is one the demo never takes).
pub(super) fn reason(
    rng: &mut ChaCha8Rng,
    suggested: Rating,
    chosen: Rating,
) -> Option<&'static str> {
    use Rating::*;
    let list: &[&str] = match (suggested, chosen) {
        (Meets, Above) | (Below, Above) => &[
            "Menyelesaikan tugas tambahan dari pimpinan di luar SKP dengan hasil baik.",
            "Menjadi penanggung jawab kegiatan besar triwulan ini di samping tugas rutin.",
            "Kualitas hasil kerja jauh di atas standar walaupun kuantitas sesuai target.",
            "Menggantikan tugas rekan yang cuti melahirkan tanpa mengurangi capaian sendiri.",
        ],
        (Below, Meets) => &[
            "Realisasi rendah karena anggaran kegiatan baru cair di akhir triwulan.",
            "Kegiatan tertunda akibat refocusing anggaran, bukan karena kinerja pegawai.",
            "Target triwulan disusun terlalu tinggi; akan disesuaikan pada perubahan SKP.",
            "Sebagian kegiatan dijadwalkan ulang ke triwulan berikutnya atas arahan pimpinan.",
            "Aplikasi pelaporan dari pusat tidak dapat diakses selama tiga minggu.",
        ],
        (Meets, Below) | (Above, Below) => &[
            "Kuantitas tercapai, tetapi laporan harus diperbaiki berulang kali.",
            "Sebagian realisasi belum didukung bukti dukung yang sah.",
            "Beberapa keluaran diselesaikan oleh rekan satu tim, bukan oleh pegawai.",
            "Realisasi dilaporkan terlambat dan tidak sesuai data di aplikasi.",
        ],
        (Above, Meets) => &[
            "Target triwulan ditetapkan terlalu rendah; capaian tinggi belum istimewa.",
            "Capaian tinggi terutama berasal dari kegiatan lanjutan triwulan lalu.",
            "Hasil di atas target, tetapi mutu laporan masih perlu ditingkatkan.",
        ],
        _ => return None,
    };
    Some(pick(rng, list))
}

/// The overall feedback (umpan balik) for a predikat; for a draft without
/// a rating perilaku yet, a note on the results only. Sometimes empty in a
/// draft.
pub(super) fn feedback(
    rng: &mut ChaCha8Rng,
    hasil: Rating,
    predicate: Option<Predicate>,
) -> String {
    use Predicate::*;
    let opening: &[&str] = match predicate {
        Some(SangatBaik) => &[
            "Kinerja triwulan ini sangat baik: target terlampaui dan sikap kerja patut dicontoh.",
            "Hasil kerja melampaui target dengan mutu yang konsisten.",
            "Capaian di atas target dan kerja sama dengan unit lain sangat membantu.",
        ],
        Some(Baik) => &[
            "Hasil kerja sesuai target yang disepakati.",
            "Target triwulan tercapai dengan baik.",
            "Pekerjaan diselesaikan sesuai rencana dan tepat waktu.",
            "Kinerja sudah sesuai ekspektasi.",
            "Tugas rutin berjalan lancar dan laporan tersusun rapi.",
        ],
        Some(ButuhPerbaikan) => &[
            "Beberapa target triwulan ini belum tercapai.",
            "Capaian masih di bawah target yang disepakati.",
            "Realisasi belum sesuai rencana, terutama pada indikator kuantitas.",
        ],
        Some(KurangMisconduct) => &[
            "Hasil kerja memadai, tetapi ada catatan serius pada perilaku kerja.",
            "Target tercapai, namun kedisiplinan dan tanggung jawab perlu diperbaiki.",
        ],
        Some(SangatKurang) => &[
            "Target tidak tercapai dan perilaku kerja perlu pembinaan khusus.",
            "Hasil kerja dan kedisiplinan sama-sama jauh dari harapan.",
        ],
        None => match hasil {
            Rating::Above => &["Hasil kerja di atas target; penilaian perilaku menyusul."],
            Rating::Meets => &["Hasil kerja sesuai target; penilaian perilaku menyusul."],
            Rating::Below => &["Hasil kerja di bawah target; akan dibahas bersama pegawai."],
        },
    };
    let advice: &[&str] = match predicate {
        Some(SangatBaik) => &[
            "Pertahankan dan bagikan praktik baiknya kepada rekan kerja.",
            "Silakan mulai membimbing pegawai baru di unit.",
            "Terima kasih atas inisiatifnya.",
        ],
        Some(Baik) => &[
            "Tingkatkan kelengkapan bukti dukung pada setiap realisasi.",
            "Laporan agar disampaikan paling lambat tanggal 5 bulan berikutnya.",
            "Perlu lebih proaktif berkoordinasi dengan bidang lain.",
            "Manfaatkan pelatihan daring untuk menambah kompetensi.",
            "Pertahankan ketepatan waktu pelaporan.",
        ],
        Some(ButuhPerbaikan) => &[
            "Mari susun rencana tindak lanjut bersama untuk triwulan berikutnya.",
            "Jadwalkan pertemuan bulanan dengan atasan untuk memantau kemajuan.",
            "Prioritaskan indikator yang tertinggal dan laporkan kendala lebih awal.",
        ],
        Some(KurangMisconduct | SangatKurang) => &[
            "Kehadiran dan tertib administrasi wajib diperbaiki mulai bulan depan.",
            "Atasan langsung akan melakukan pembinaan dan pemantauan bulanan.",
        ],
        None => &[""],
    };
    if predicate.is_none() && rng.random_bool(0.3) {
        return String::new();
    }
    let (a, b) = (pick(rng, opening), pick(rng, advice));
    if b.is_empty() || rng.random_bool(0.25) {
        a.to_string()
    } else {
        format!("{a} {b}")
    }
}

/// The supervisor's specific expectation (ekspektasi khusus pimpinan) of
/// a core value.
pub(super) fn expectation(rng: &mut ChaCha8Rng, value: CoreValue) -> &'static str {
    use CoreValue::*;
    let list: &[&str] = match value {
        ServiceOriented => &[
            "Menanggapi pengaduan masyarakat paling lambat dua hari kerja.",
            "Ramah dan memberi solusi saat melayani di loket.",
        ],
        Accountable => &[
            "Menyampaikan laporan kegiatan tepat waktu dengan bukti dukung lengkap.",
            "Menggunakan barang milik daerah sesuai peruntukannya.",
        ],
        Competent => &[
            "Mengikuti paling sedikit satu pelatihan yang relevan setiap semester.",
            "Menguasai aplikasi penatausahaan yang dipakai unit.",
        ],
        Harmonious => &[
            "Menjaga suasana kerja yang kondusif di ruangan.",
            "Menghargai pendapat rekan dalam rapat.",
        ],
        Loyal => &[
            "Menjaga kerahasiaan data pribadi masyarakat.",
            "Menjaga nama baik instansi di media sosial.",
        ],
        Adaptive => &[
            "Cepat menyesuaikan diri dengan aplikasi baru.",
            "Mengusulkan perbaikan alur kerja.",
        ],
        Collaborative => &[
            "Aktif berkoordinasi dalam kegiatan lintas bidang.",
            "Berbagi data dengan bidang lain tanpa menunggu diminta.",
        ],
    };
    pick(rng, list)
}

/// The feedback on a core value: praise, or what to improve.
pub(super) fn value_feedback(rng: &mut ChaCha8Rng, value: CoreValue, good: bool) -> &'static str {
    use CoreValue::*;
    let list: &[&str] = match (value, good) {
        (ServiceOriented, true) => &[
            "Pengaduan ditangani cepat dan tuntas.",
            "Masyarakat banyak menyampaikan apresiasi atas layanannya.",
        ],
        (ServiceOriented, false) => &["Beberapa pengaduan terlambat ditanggapi."],
        (Accountable, true) => &[
            "Laporan selalu lengkap dan tepat waktu.",
            "Pertanggungjawaban keuangan rapi dan tanpa temuan.",
        ],
        (Accountable, false) => &[
            "Laporan bulan kedua terlambat dan bukti dukung belum lengkap.",
            "Presensi belum tertib; beberapa kali pulang sebelum waktunya.",
        ],
        (Competent, true) => &["Menerapkan hasil pelatihan dalam pekerjaan sehari-hari."],
        (Competent, false) => &["Belum mengikuti pelatihan yang sudah direncanakan."],
        (Harmonious, true) => &["Membantu rekan yang kewalahan menjelang akhir triwulan."],
        (Harmonious, false) => &["Perlu menjaga komunikasi yang santun dalam rapat."],
        (Loyal, true) => &["Menjaga nama baik instansi dalam setiap kegiatan."],
        (Loyal, false) => &["Perlu lebih berhati-hati mengunggah informasi kedinasan."],
        (Adaptive, true) => &[
            "Menggagas formulir daring yang mempercepat layanan.",
            "Cepat menguasai aplikasi baru dan mengajari rekan.",
        ],
        (Adaptive, false) => &["Masih enggan memakai aplikasi baru."],
        (Collaborative, true) => &["Aktif dan membantu dalam tim lintas bidang."],
        (Collaborative, false) => &["Koordinasi dengan bidang lain perlu ditingkatkan."],
    };
    pick(rng, list)
}
