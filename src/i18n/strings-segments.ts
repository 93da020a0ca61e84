/**
 * Text of the Segmen page and the chart component (source line, data table). Typed so both
 * languages have every key. Prose holds no numbers: every number on the page comes from a row.
 */
import type { Lang } from './lang.ts';

export interface SegmentsStrings {
  title: string;
  description: string;
  lede: string;
  definitionsHeading: string;
  definitionsIntro: string;
  /** The in-page list of sections. */
  contents: string;
  partOf: (parent: string) => string;
  sections: {
    puBpu: { heading: string; body: string[] };
    vulnerable: { heading: string; body: string[] };
    budgets: { heading: string; body: string[] };
    trends: { heading: string; body: string[] };
    coveredEmployed: { heading: string; body: string[] };
  };
}

export const SEGMENTS_STRINGS: Record<Lang, SegmentsStrings> = {
  id: {
    title: 'Segmen pekerja',
    description: 'Pekerja formal dan informal, pekerja rentan dan siapa yang membayar iurannya, anggaran perlindungan dan tren cakupan di Bali, dari angka yang bersumber.',
    lede: 'BPJS Ketenagakerjaan menghitung pesertanya per segmen. Halaman ini memisahkan segmen-segmen itu, menunjukkan siapa yang membayar iuran pekerja rentan, dan bagaimana cakupan berubah. Setiap grafik disertai tabel data, tanggal, metode dan sumbernya.',
    definitionsHeading: 'Siapa yang dihitung: definisi segmen',
    definitionsIntro: 'Segmen yang dipakai data kami, dengan definisinya:',
    contents: 'Di halaman ini',
    partOf: (parent) => `Bagian dari: ${parent}.`,
    sections: {
      puBpu: {
        heading: 'Pekerja formal dan informal',
        body: [
          'Pekerja penerima upah (PU) didaftarkan oleh pemberi kerjanya. Pekerja bukan penerima upah (BPU), seperti pedagang, petani atau pengemudi, harus mendaftar dan membayar iuran sendiri, sehingga cakupan BPU biasanya jauh lebih rendah.',
          'Grafik pertama menunjukkan provinsi dari waktu ke waktu; grafik kedua kabupaten/kota yang melaporkan jumlah per segmen; grafik ketiga tingkat cakupan per segmen. Wilayah tanpa angka tidak digambar: tidak ada data bukan berarti nol.',
        ],
      },
      vulnerable: {
        heading: 'Pekerja rentan, dan siapa yang membayar iurannya',
        body: [
          'Banyak pemerintah daerah membayar iuran jaminan kecelakaan kerja dan jaminan kematian bagi pekerja rentan berpenghasilan rendah, dari APBD, dana desa atau CSR.',
          'Sebagian daerah memerinci siapa yang dilindungi, misalnya pegawai non-ASN, penerima PKH, petani, nelayan atau prajuru adat. Kelompok-kelompok itu dapat tumpang tindih, jadi tidak dijumlahkan.',
        ],
      },
      budgets: {
        heading: 'Anggaran daerah',
        body: [
          'Anggaran yang dilaporkan untuk perlindungan pekerja, per pemerintah dan tahun. Anggaran yang direncanakan (batang bergaris putus-putus) belum tentu terealisasi.',
        ],
      },
      trends: {
        heading: 'Tren tingkat cakupan',
        body: [
          'Tingkat cakupan dihitung dengan cara berbeda: BPJS membagi peserta aktif dengan penduduk bekerja (UCJ), BPS memakai survei Sakernas, dan pemerintah daerah kadang memakai perkiraannya sendiri. Titik berisi adalah angka UCJ dari BPJS, titik kosong diukur dengan cara lain, dan garis hanya menghubungkan angka dengan metode dan penyebut yang sama.',
        ],
      },
      coveredEmployed: {
        heading: 'Pekerja terlindungi dan penduduk bekerja',
        body: [
          'Jumlah peserta BPJS Ketenagakerjaan dan jumlah penduduk bekerja berasal dari lembaga, tanggal dan definisi yang berbeda. Keduanya ditampilkan berdampingan untuk memberi gambaran skala, tanpa menghitung rasio sendiri.',
        ],
      },
    },
  },
  en: {
    title: 'Worker segments',
    description: "Formal and informal workers, vulnerable workers and who pays for them, protection budgets and coverage trends in Bali, from sourced figures.",
    lede: 'BPJS Ketenagakerjaan counts its participants by segment. This page separates those segments, shows who pays the contributions of vulnerable workers, and how coverage has changed. Every chart comes with a data table, dates, methods and sources.',
    definitionsHeading: 'Who is counted: the segments defined',
    definitionsIntro: 'The segments our data uses, with their definitions:',
    contents: 'On this page',
    partOf: (parent) => `Part of: ${parent}.`,
    sections: {
      puBpu: {
        heading: 'Formal and informal workers',
        body: [
          'Wage earners (PU) are registered by their employer. Non-wage earners (BPU), such as traders, farmers or drivers, must register and pay contributions themselves, so BPU coverage is usually much lower.',
          'The first chart shows the province over time; the second the regencies and city that report counts by segment; the third coverage rates by segment. Regions without a figure are not drawn: no data does not mean zero.',
        ],
      },
      vulnerable: {
        heading: 'Vulnerable workers, and who pays for them',
        body: [
          'Many regional governments pay the work-accident and death-benefit contributions of low-income vulnerable workers, from regional budgets, village funds or CSR.',
          'Some break down who is covered, for example non-civil-servant staff, PKH recipients, farmers, fishers or adat officials. These groups can overlap, so they are not added up.',
        ],
      },
      budgets: {
        heading: 'Regional budgets',
        body: ['Reported budgets for worker protection, by government and year. A planned budget (dashed bar) is not necessarily spent.'],
      },
      trends: {
        heading: 'Coverage-rate trends',
        body: [
          'Coverage rates are computed in different ways: BPJS divides active participants by employed persons (UCJ), Statistics Indonesia uses its Sakernas survey, and regional governments sometimes use their own estimates. Filled dots are BPJS UCJ rates, hollow dots were measured another way, and lines join only figures of the same method and base.',
        ],
      },
      coveredEmployed: {
        heading: 'Covered workers and employed persons',
        body: [
          'The number of BPJS Ketenagakerjaan participants and the number of employed persons come from different agencies, dates and definitions. They are shown side by side for scale; the site computes no ratio of its own.',
        ],
      },
    },
  },
};
