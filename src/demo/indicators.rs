//! The catalogue of planned results (rencana hasil kerja) and their
//! indicators (IKI) for the demo SKP: the building blocks, and the results
//! of schools, puskesmas, the RSUD, kecamatan and kelurahan, office
//! administration, and tugas tambahan. The results of each sector's offices
//! are in `sectors`.
//!
//! Written for the demo after the common pattern of SKP in kabupaten
//! governments (domain reference §1.2: one IKI per aspect, kuantitas /
//! kualitas / waktu, biaya rarely). `{unit}` in a result is replaced by the
//! name of the person's unit.

use crate::domain::plan::Aspect;

/// How an indicator's annual target is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Goal {
    /// Things counted per quarter (between the bounds); the year is the
    /// sum, four times a quarter.
    Count(u32, u32),
    /// A count that is a level (the last quarter is the year): the
    /// number of pupils a teacher guides.
    Level(u32, u32),
    /// A percentage between the bounds (steps of 5, or 1 when the bounds
    /// are close).
    Percent(u32, u32),
    /// A percentage range, exactly these bounds.
    PercentRange(u32, u32),
    /// A score or index between the bounds, averaged over the quarters.
    Score(u32, u32),
    /// A score range, exactly these bounds.
    ScoreRange(u32, u32),
    /// 12 months a year (3 a quarter), less is better: timeliness.
    Months,
    /// An average duration between the bounds in the indicator's satuan
    /// (hari, jam, menit), less is better.
    Duration(u32, u32),
    /// Rupiah per quarter, in millions between the bounds; the year is the
    /// sum; less is better.
    Rupiah(u32, u32),
}

/// An indicator template.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Iki {
    pub text: &'static str,
    pub satuan: &'static str,
    pub aspect: Aspect,
    pub goal: Goal,
    /// Less is better, against the aspect's default (a percentage of
    /// referrals, an index of risk).
    pub lower_is_better: bool,
}

/// A planned-result template with the indicators to choose from (the
/// first is always chosen).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rhk {
    pub text: &'static str,
    pub ikis: &'static [Iki],
}

const fn iki(text: &'static str, satuan: &'static str, aspect: Aspect, goal: Goal) -> Iki {
    Iki {
        text,
        satuan,
        aspect,
        goal,
        lower_is_better: false,
    }
}

/// Kuantitas: things counted, adding up over the quarters.
pub(crate) const fn count(text: &'static str, satuan: &'static str, lo: u32, hi: u32) -> Iki {
    iki(text, satuan, Aspect::Quantity, Goal::Count(lo, hi))
}
/// Kuantitas: a count that is a level.
pub(crate) const fn level(text: &'static str, satuan: &'static str, lo: u32, hi: u32) -> Iki {
    iki(text, satuan, Aspect::Quantity, Goal::Level(lo, hi))
}
/// Kuantitas: a coverage percentage.
pub(crate) const fn pct(text: &'static str, lo: u32, hi: u32) -> Iki {
    iki(text, "%", Aspect::Quantity, Goal::Percent(lo, hi))
}
/// Kualitas: a percentage.
pub(crate) const fn quality(text: &'static str, lo: u32, hi: u32) -> Iki {
    iki(text, "%", Aspect::Quality, Goal::Percent(lo, hi))
}
/// Kualitas: a percentage range.
pub(crate) const fn quality_range(text: &'static str, lo: u32, hi: u32) -> Iki {
    iki(text, "%", Aspect::Quality, Goal::PercentRange(lo, hi))
}
/// Kualitas: a percentage where less is better.
pub(crate) const fn fewer(text: &'static str, lo: u32, hi: u32) -> Iki {
    Iki {
        lower_is_better: true,
        ..iki(text, "%", Aspect::Quality, Goal::Percent(lo, hi))
    }
}
/// Kualitas: a score or index.
pub(crate) const fn score(text: &'static str, satuan: &'static str, lo: u32, hi: u32) -> Iki {
    iki(text, satuan, Aspect::Quality, Goal::Score(lo, hi))
}
/// Kualitas: a score range.
pub(crate) const fn score_range(text: &'static str, satuan: &'static str, lo: u32, hi: u32) -> Iki {
    iki(text, satuan, Aspect::Quality, Goal::ScoreRange(lo, hi))
}
/// Kualitas: a score where less is better.
pub(crate) const fn score_low(text: &'static str, satuan: &'static str, lo: u32, hi: u32) -> Iki {
    Iki {
        lower_is_better: true,
        ..score(text, satuan, lo, hi)
    }
}
/// Waktu: timeliness in months a year.
pub(crate) const fn months(text: &'static str) -> Iki {
    iki(text, "bulan", Aspect::Time, Goal::Months)
}
/// Waktu: an average duration.
pub(crate) const fn wait(text: &'static str, satuan: &'static str, lo: u32, hi: u32) -> Iki {
    iki(text, satuan, Aspect::Time, Goal::Duration(lo, hi))
}
/// Biaya: rupiah, in millions a quarter.
pub(crate) const fn cost(text: &'static str, lo: u32, hi: u32) -> Iki {
    iki(text, "rupiah", Aspect::Cost, Goal::Rupiah(lo, hi))
}

pub(crate) const fn rhk(text: &'static str, ikis: &'static [Iki]) -> Rhk {
    Rhk { text, ikis }
}

/// The waktu indicator every head of a seksi or subbagian reports on.
pub(crate) const REPORT_ON_TIME: Iki = months("Ketepatan waktu penyampaian laporan");

// ---- Schools ------------------------------------------------------------

#[rustfmt::skip]
pub(crate) const TEACHER: &[Rhk] = &[
    rhk("Terlaksananya pembelajaran yang berpusat pada peserta didik", &[
        level("Jumlah siswa yang dibimbing", "siswa", 24, 32),
        quality("Persentase ketuntasan belajar", 80, 95),
        months("Ketepatan waktu pelaksanaan pembelajaran"),
    ]),
    rhk("Tersusunnya perangkat pembelajaran sesuai kurikulum", &[
        count("Jumlah modul ajar yang disusun", "dokumen", 2, 4),
        quality("Persentase perangkat pembelajaran yang memenuhi standar", 90, 100),
        months("Ketepatan waktu penyusunan perangkat pembelajaran"),
    ]),
    rhk("Terlaksananya penilaian hasil belajar peserta didik", &[
        count("Jumlah penilaian harian yang dilaksanakan", "kali", 3, 6),
        quality("Persentase hasil penilaian yang diolah dan dilaporkan", 90, 100),
        months("Ketepatan waktu pelaporan hasil belajar"),
    ]),
];

#[rustfmt::skip]
pub(crate) const TEACHER_EXTRA: &[Rhk] = &[
    rhk("Terlaksananya tugas tambahan sebagai wali kelas", &[
        level("Jumlah siswa perwalian yang dibina", "siswa", 24, 32),
        quality("Persentase siswa perwalian dengan kehadiran minimal 90%", 85, 95),
    ]),
    rhk("Terlaksananya pembinaan kegiatan ekstrakurikuler", &[
        count("Jumlah kegiatan ekstrakurikuler yang dibina", "kegiatan", 6, 12),
        quality("Persentase siswa yang aktif mengikuti ekstrakurikuler", 70, 90),
    ]),
    rhk("Terlaksananya pengembangan keprofesian berkelanjutan", &[
        count("Jumlah jam pelajaran pengembangan kompetensi yang diikuti", "JP", 5, 10),
    ]),
];

#[rustfmt::skip]
pub(crate) const SCHOOL_HEAD: &[Rhk] = &[
    rhk("Meningkatnya mutu pembelajaran di {unit}", &[
        pct("Persentase siswa yang naik kelas atau lulus", 95, 100),
        score("Nilai rapor pendidikan (literasi)", "indeks", 60, 75),
        count("Jumlah guru yang disupervisi akademik", "orang", 3, 8),
    ]),
    rhk("Terkelolanya sumber daya {unit} secara akuntabel", &[
        pct("Persentase realisasi dana BOS", 90, 100),
        quality("Persentase laporan penggunaan dana BOS yang lengkap", 95, 100),
        months("Ketepatan waktu laporan penggunaan dana BOS"),
    ]),
];

#[rustfmt::skip]
pub(crate) const SCHOOL_STAFF: &[Rhk] = &[
    rhk("Terkelolanya administrasi peserta didik dan data pokok pendidikan", &[
        count("Jumlah data peserta didik yang dimutakhirkan di Dapodik", "data", 30, 90),
        quality("Persentase data Dapodik yang valid", 95, 100),
        months("Ketepatan waktu sinkronisasi Dapodik"),
    ]),
    rhk("Terselenggaranya layanan administrasi sekolah", &[
        count("Jumlah surat yang diagendakan", "surat", 40, 120),
        wait("Rata-rata waktu penyelesaian layanan administrasi siswa", "hari", 1, 3),
    ]),
];

// ---- Puskesmas ----------------------------------------------------------

#[rustfmt::skip]
pub(crate) const HEALTH_CENTRE_HEAD: &[Rhk] = &[
    rhk("Meningkatnya cakupan pelayanan kesehatan dasar di wilayah {unit}", &[
        pct("Persentase bayi diimunisasi lengkap", 90, 98),
        pct("Persentase ibu hamil yang mendapat pelayanan antenatal sesuai standar", 90, 100),
        months("Ketepatan waktu penyampaian laporan SP2TP"),
    ]),
    rhk("Meningkatnya mutu pelayanan {unit}", &[
        score_range("Indeks kepuasan masyarakat", "indeks", 82, 90),
        quality("Persentase pemenuhan standar pelayanan minimal bidang kesehatan", 85, 100),
        cost("Biaya operasional pelayanan kesehatan", 40, 90),
    ]),
];

#[rustfmt::skip]
pub(crate) const MIDWIFE: &[Rhk] = &[
    rhk("Terlaksananya pelayanan kesehatan ibu hamil dan bersalin", &[
        count("Jumlah kunjungan ibu hamil K4", "orang", 15, 45),
        pct("Persentase persalinan di fasilitas pelayanan kesehatan", 90, 100),
        months("Ketepatan waktu pelaporan kohort ibu"),
    ]),
    rhk("Terlaksananya pelayanan kesehatan bayi dan balita", &[
        pct("Persentase bayi diimunisasi lengkap", 90, 98),
        count("Jumlah bayi yang mendapat kunjungan neonatal lengkap", "bayi", 10, 30),
        quality("Persentase balita yang dipantau tumbuh kembangnya", 80, 95),
    ]),
    rhk("Terlaksananya pelayanan keluarga berencana", &[
        count("Jumlah akseptor KB yang dilayani", "akseptor", 20, 60),
        quality("Persentase pelayanan KB sesuai standar", 90, 100),
    ]),
];

#[rustfmt::skip]
pub(crate) const NURSE: &[Rhk] = &[
    rhk("Terlaksananya asuhan keperawatan kepada pasien", &[
        count("Jumlah pasien yang mendapat asuhan keperawatan", "pasien", 120, 400),
        quality("Persentase dokumentasi asuhan keperawatan yang lengkap", 85, 100),
        months("Ketepatan waktu penyampaian laporan asuhan keperawatan"),
    ]),
    rhk("Terlaksananya perawatan kesehatan masyarakat (Perkesmas)", &[
        count("Jumlah keluarga rawan yang dikunjungi", "keluarga", 10, 30),
        quality("Persentase keluarga binaan yang mandiri", 60, 80),
    ]),
];

#[rustfmt::skip]
pub(crate) const DOCTOR: &[Rhk] = &[
    rhk("Terlaksananya pelayanan medis dasar yang bermutu", &[
        count("Jumlah pasien rawat jalan yang dilayani", "pasien", 400, 1200),
        fewer("Rasio rujukan rawat jalan kasus non spesialistik", 2, 5),
        quality("Persentase rekam medis yang lengkap", 90, 100),
    ]),
    rhk("Terlaksananya pengendalian penyakit tidak menular", &[
        count("Jumlah penderita hipertensi yang mendapat pelayanan sesuai standar", "orang", 60, 200),
        pct("Persentase penderita diabetes melitus yang mendapat pelayanan sesuai standar", 80, 100),
    ]),
];

#[rustfmt::skip]
pub(crate) const PHARMACY: &[Rhk] = &[rhk("Terlaksananya pelayanan kefarmasian", &[
    count("Jumlah resep yang dilayani", "lembar", 600, 1500),
    quality("Persentase kesesuaian penggunaan obat dengan formularium", 85, 100),
    wait("Rata-rata waktu tunggu pelayanan resep", "menit", 15, 30),
])];
#[rustfmt::skip]
pub(crate) const LABORATORY: &[Rhk] = &[rhk("Terlaksananya pemeriksaan laboratorium", &[
    count("Jumlah pemeriksaan laboratorium", "sampel", 300, 900),
    quality("Persentase hasil pemeriksaan yang lolos pemantapan mutu", 90, 100),
    wait("Rata-rata waktu tunggu hasil laboratorium", "menit", 60, 120),
])];
#[rustfmt::skip]
pub(crate) const NUTRITION: &[Rhk] = &[rhk("Terlaksananya pelayanan gizi masyarakat", &[
    count("Jumlah balita gizi kurang yang ditangani", "balita", 5, 20),
    pct("Persentase balita yang ditimbang (D/S)", 80, 95),
    pct("Persentase ibu hamil yang mendapat tablet tambah darah", 90, 100),
])];
#[rustfmt::skip]
pub(crate) const SANITATION: &[Rhk] = &[rhk("Terlaksananya pengawasan kesehatan lingkungan", &[
    count("Jumlah tempat pengelolaan pangan yang diinspeksi", "lokasi", 10, 30),
    pct("Persentase desa yang melaksanakan STBM", 60, 90),
])];
#[rustfmt::skip]
pub(crate) const HEALTH_PROMOTION: &[Rhk] = &[rhk("Terlaksananya promosi kesehatan", &[
    count("Jumlah kegiatan penyuluhan kesehatan", "kegiatan", 6, 15),
    pct("Persentase rumah tangga ber-PHBS", 60, 80),
])];
#[rustfmt::skip]
pub(crate) const MEDICAL_RECORDS: &[Rhk] = &[rhk("Terkelolanya rekam medis pasien", &[
    count("Jumlah berkas rekam medis yang diolah", "berkas", 600, 1500),
    quality("Persentase kelengkapan pengisian rekam medis", 85, 100),
    wait("Rata-rata waktu penyediaan berkas rekam medis rawat jalan", "menit", 5, 10),
])];
#[rustfmt::skip]
pub(crate) const RADIOLOGY: &[Rhk] = &[rhk("Terlaksananya pelayanan radiologi", &[
    count("Jumlah pemeriksaan radiologi", "pemeriksaan", 200, 600),
    fewer("Persentase pengulangan foto rontgen", 2, 4),
])];
#[rustfmt::skip]
pub(crate) const PHYSIOTHERAPY: &[Rhk] = &[rhk("Terlaksananya pelayanan fisioterapi", &[
    count("Jumlah pasien yang mendapat tindakan fisioterapi", "pasien", 100, 300),
    quality("Persentase pasien yang mencapai tujuan terapi", 70, 90),
])];

#[rustfmt::skip]
pub(crate) const HEALTH_EXTRA: &[Rhk] = &[
    rhk("Terlaksananya tugas sebagai penanggung jawab program posyandu", &[
        level("Jumlah posyandu yang dibina", "posyandu", 3, 8),
        pct("Persentase posyandu aktif", 80, 100),
    ]),
    rhk("Terlaksananya tugas sebagai anggota tim akreditasi", &[
        count("Jumlah dokumen akreditasi yang disusun", "dokumen", 2, 5),
        months("Ketepatan waktu penyusunan dokumen akreditasi"),
    ]),
];

// ---- RSUD ---------------------------------------------------------------

#[rustfmt::skip]
pub(crate) const HOSPITAL_DIRECTOR: &[Rhk] = &[
    rhk("Meningkatnya mutu pelayanan kesehatan rujukan di {unit}", &[
        quality_range("Bed Occupancy Rate (BOR)", 60, 85),
        score_range("Indeks kepuasan pasien", "indeks", 80, 90),
        pct("Persentase capaian standar pelayanan minimal rumah sakit", 85, 100),
    ]),
    rhk("Meningkatnya kinerja keuangan BLUD {unit}", &[
        pct("Persentase realisasi pendapatan BLUD", 90, 100),
        quality("Persentase klaim BPJS Kesehatan yang disetujui", 90, 100),
        months("Ketepatan waktu penyampaian laporan keuangan BLUD"),
    ]),
];

#[rustfmt::skip]
pub(crate) const HOSPITAL_LEAD: &[Rhk] = &[rhk(
    "Terselenggaranya pelayanan rumah sakit sesuai standar",
    &[
        quality("Persentase capaian indikator mutu nasional", 85, 100),
        score_range("Indeks kepuasan pasien", "indeks", 80, 90),
        REPORT_ON_TIME,
    ],
)];

#[rustfmt::skip]
pub(crate) const HOSPITAL_DOCTOR: &[Rhk] = &[rhk("Terlaksananya pelayanan medis di rumah sakit", &[
    count("Jumlah pasien rawat jalan yang dilayani", "pasien", 300, 900),
    quality("Persentase kelengkapan rekam medis 24 jam setelah pelayanan", 85, 100),
    wait("Rata-rata waktu tunggu rawat jalan", "menit", 45, 60),
    count("Jumlah visite pasien rawat inap", "visite", 150, 400),
])];

#[rustfmt::skip]
pub(crate) const HOSPITAL_NURSE: &[Rhk] = &[rhk(
    "Terlaksananya asuhan keperawatan pasien rawat inap",
    &[
        count("Jumlah pasien rawat inap yang mendapat asuhan keperawatan", "pasien", 60, 200),
        quality("Persentase kepatuhan identifikasi pasien", 95, 100),
        fewer("Persentase kejadian pasien jatuh", 1, 2),
    ],
)];

// ---- Kecamatan, kelurahan, Sekretaris Daerah ----------------------------

#[rustfmt::skip]
pub(crate) const CAMAT: &[Rhk] = &[
    rhk("Meningkatnya kualitas penyelenggaraan pemerintahan dan pelayanan publik di {unit}", &[
        score_range("Indeks kepuasan masyarakat terhadap layanan PATEN", "indeks", 80, 90),
        pct("Persentase desa yang menyampaikan laporan penyelenggaraan pemerintahan tepat waktu", 85, 100),
        months("Ketepatan waktu penyampaian laporan kecamatan"),
    ]),
    rhk("Terwujudnya ketenteraman dan ketertiban umum di {unit}", &[
        pct("Persentase gangguan ketertiban yang ditangani", 90, 100),
        count("Jumlah rapat koordinasi Forkopimcam", "kali", 2, 3),
    ]),
];

#[rustfmt::skip]
pub(crate) const LURAH: &[Rhk] = &[
    rhk("Meningkatnya kualitas pelayanan administrasi di {unit}", &[
        count("Jumlah layanan administrasi kependudukan yang difasilitasi", "dokumen", 60, 200),
        pct("Persentase pengaduan masyarakat yang ditindaklanjuti", 85, 100),
        wait("Rata-rata waktu penyelesaian surat keterangan", "hari", 1, 2),
    ]),
    rhk("Meningkatnya partisipasi masyarakat dalam pembangunan kelurahan", &[
        count("Jumlah kegiatan pemberdayaan masyarakat", "kegiatan", 2, 5),
        pct("Persentase usulan musrenbang kelurahan yang ditindaklanjuti", 40, 70),
    ]),
];

#[rustfmt::skip]
pub(crate) const REGIONAL_SECRETARY: &[Rhk] = &[
    rhk("Meningkatnya akuntabilitas kinerja pemerintah daerah", &[
        score("Nilai SAKIP pemerintah daerah", "nilai", 65, 75),
        score("Indeks reformasi birokrasi", "indeks", 65, 75),
        pct("Persentase capaian indikator kinerja utama daerah", 85, 100),
    ]),
    rhk("Meningkatnya kualitas koordinasi penyelenggaraan pemerintahan daerah", &[
        pct("Persentase rekomendasi hasil pemeriksaan BPK yang ditindaklanjuti", 80, 95),
        months("Ketepatan waktu penyampaian LKPJ dan LPPD"),
    ]),
];

/// What every kepala perangkat daerah answers for, besides their sector.
#[rustfmt::skip]
pub(crate) const AGENCY_HEAD: &[Rhk] = &[rhk("Meningkatnya akuntabilitas kinerja {unit}", &[
    score("Nilai evaluasi SAKIP perangkat daerah", "nilai", 65, 80),
    pct("Persentase realisasi anggaran", 90, 98),
    months("Ketepatan waktu penyampaian laporan kinerja"),
])];

// ---- Administration: sekretariat, subbagian and common jabatan -----------

#[rustfmt::skip]
pub(crate) const SECRETARY: &[Rhk] = &[rhk(
    "Meningkatnya kualitas tata kelola administrasi perangkat daerah",
    &[
        pct("Persentase dokumen perencanaan dan pelaporan yang disusun tepat waktu", 90, 100),
        pct("Persentase realisasi anggaran", 90, 98),
        score("Nilai evaluasi SAKIP", "nilai", 65, 80),
    ],
)];

#[rustfmt::skip]
pub(crate) const GENERAL_AFFAIRS_HEAD: &[Rhk] = &[rhk("Terselenggaranya layanan umum dan kepegawaian", &[
    count("Jumlah usulan layanan kepegawaian yang diproses", "usulan", 10, 40),
    quality("Persentase sarana dan prasarana kantor dalam kondisi baik", 85, 100),
    REPORT_ON_TIME,
])];
#[rustfmt::skip]
pub(crate) const FINANCE_HEAD: &[Rhk] = &[rhk("Tertibnya penatausahaan keuangan perangkat daerah", &[
    count("Jumlah SPM yang diterbitkan", "dokumen", 40, 120),
    quality("Persentase SPJ yang lengkap dan benar", 90, 100),
    months("Ketepatan waktu penyampaian laporan keuangan"),
])];
#[rustfmt::skip]
pub(crate) const PLANNING_HEAD: &[Rhk] = &[rhk("Tersusunnya dokumen perencanaan dan laporan kinerja", &[
    count("Jumlah dokumen perencanaan dan pelaporan yang disusun", "dokumen", 2, 4),
    quality("Persentase dokumen yang diterima tanpa revisi", 70, 90),
    REPORT_ON_TIME,
])];

#[rustfmt::skip]
pub(crate) const CLERK: &[Rhk] = &[
    rhk("Terselenggaranya administrasi persuratan dan kearsipan", &[
        count("Jumlah surat masuk dan keluar yang diadministrasikan", "surat", 60, 200),
        quality("Persentase surat yang terdistribusi pada hari yang sama", 90, 100),
        wait("Rata-rata waktu pengagendaan surat", "hari", 1, 2),
    ]),
    rhk("Terkelolanya administrasi kegiatan", &[
        count("Jumlah dokumen kegiatan yang diadministrasikan", "dokumen", 10, 30),
        quality("Persentase dokumen kegiatan yang lengkap", 90, 100),
    ]),
];
#[rustfmt::skip]
pub(crate) const TREASURER: &[Rhk] = &[rhk("Tertibnya penatausahaan keuangan", &[
    count("Jumlah SPJ yang diverifikasi", "dokumen", 30, 90),
    quality("Persentase SPJ yang lengkap dan benar", 90, 100),
    months("Ketepatan waktu penyampaian laporan pertanggungjawaban bendahara"),
])];
#[rustfmt::skip]
pub(crate) const ASSETS: &[Rhk] = &[rhk("Tertibnya penatausahaan barang milik daerah", &[
    count("Jumlah barang milik daerah yang diinventarisasi", "unit", 50, 200),
    pct("Persentase barang milik daerah yang berlabel", 90, 100),
    months("Ketepatan waktu penyampaian laporan barang milik daerah"),
])];
#[rustfmt::skip]
pub(crate) const DRIVER: &[Rhk] = &[rhk("Terlaksananya layanan transportasi dinas", &[
    count("Jumlah perjalanan dinas yang dilayani", "kali", 20, 60),
    quality("Persentase kendaraan dinas dalam kondisi siap pakai", 90, 100),
    cost("Biaya bahan bakar dan pemeliharaan kendaraan", 3, 8),
])];
#[rustfmt::skip]
pub(crate) const ARCHIVIST: &[Rhk] = &[rhk("Terkelolanya arsip dinamis perangkat daerah", &[
    count("Jumlah arsip yang ditata dan dideskripsikan", "berkas", 100, 300),
    quality("Persentase arsip yang ditemukan kembali dalam 5 menit", 85, 100),
])];
#[rustfmt::skip]
pub(crate) const IT: &[Rhk] = &[rhk("Terkelolanya sistem informasi dan data perangkat daerah", &[
    count("Jumlah data yang dimutakhirkan pada sistem informasi", "data", 100, 400),
    quality("Persentase ketersediaan layanan aplikasi", 95, 99),
    wait("Rata-rata waktu penanganan gangguan TIK", "jam", 2, 8),
])];
#[rustfmt::skip]
pub(crate) const PLANNER: &[Rhk] = &[rhk("Tersusunnya dokumen perencanaan dan evaluasi kinerja", &[
    count("Jumlah dokumen perencanaan yang disusun", "dokumen", 1, 3),
    quality("Persentase program dengan indikator kinerja yang terukur", 85, 100),
    months("Ketepatan waktu penyusunan dokumen perencanaan"),
])];
#[rustfmt::skip]
pub(crate) const POLICY: &[Rhk] = &[rhk("Tersusunnya kajian dan rekomendasi kebijakan", &[
    count("Jumlah telaahan staf yang disusun", "dokumen", 2, 6),
    quality("Persentase rekomendasi kebijakan yang ditindaklanjuti pimpinan", 60, 85),
])];

/// Tugas tambahan in any office.
#[rustfmt::skip]
pub(crate) const OFFICE_EXTRA: &[Rhk] = &[
    rhk("Terlaksananya tugas sebagai anggota tim pengelola SAKIP", &[
        count("Jumlah rapat evaluasi kinerja yang diikuti", "kali", 1, 3),
        months("Ketepatan waktu penyampaian bahan evaluasi kinerja"),
    ]),
    rhk("Terlaksananya tugas sebagai pengelola laman dan media sosial", &[
        count("Jumlah konten informasi yang dipublikasikan", "konten", 10, 30),
    ]),
    rhk("Terlaksananya tugas sebagai anggota tim pengadaan barang dan jasa", &[
        count("Jumlah paket pengadaan yang diproses", "paket", 2, 6),
        months("Ketepatan waktu penyelesaian proses pengadaan"),
    ]),
    rhk("Terlaksananya pengembangan kompetensi pegawai", &[
        count("Jumlah jam pelajaran pengembangan kompetensi yang diikuti", "JP", 5, 10),
    ]),
    rhk("Terlaksananya tugas sebagai agen perubahan", &[
        count("Jumlah kegiatan internalisasi nilai BerAKHLAK", "kegiatan", 1, 2),
    ]),
];
