#include <cairo-pdf.h>
#include <string.h>
static void page (cairo_t *cr, const char **lines) {
  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 12);
  for (int l = 0; lines[l]; l++) { cairo_move_to (cr, 60, 90 + 18 * l); cairo_show_text (cr, lines[l]); }
  cairo_show_page (cr);
}
int main (void) {
  cairo_surface_t *s = cairo_pdf_surface_create ("tr-meclis-raporu.pdf", 595, 842);
  cairo_t *cr = cairo_create (s);
  cairo_pdf_surface_set_metadata (s, CAIRO_PDF_METADATA_TITLE, "Meclis Araştırma Raporu: Deprem Bölgesinde Konut");
  cairo_pdf_surface_set_metadata (s, CAIRO_PDF_METADATA_AUTHOR, "TBMM Araştırma Komisyonu");
  const char *p1[] = {
    "Komisyon, deprem bölgesinde 2023 yılında 450 bin konutun",
    "yıkıldığını ya da ağır hasar gördüğünü tespit etti. Bakanlık",
    "yetkilileri, kalıcı konutların yüzde 60'ının teslim edildiğini açık-",
    "ladı. Muhalefet ise bu rakamın gerçeği yansıtmadığını savundu.", NULL };
  const char *p2[] = {
    "Raporda, yeniden yapılanma sürecinin 2025 sonunda tamamlanacağı",
    "belirtildi. Bakanlık açıkladı ki ihaleler Suudi-",
    "Arabistan merkezli bir fona da açıldı.", NULL };
  page (cr, p1); page (cr, p2);
  cairo_destroy (cr); cairo_surface_finish (s); cairo_surface_destroy (s);
  s = cairo_pdf_surface_create ("taranmis-belge.pdf", 595, 842);
  cr = cairo_create (s);
  cairo_set_source_rgb (cr, 0.9, 0.9, 0.85); cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  for (int i = 0; i < 30; i++) { cairo_rectangle (cr, 60, 90 + 20 * i, 400 - (i % 5) * 30, 8); cairo_fill (cr); }
  cairo_show_page (cr);
  cairo_destroy (cr); cairo_surface_finish (s); cairo_surface_destroy (s);
  return 0;
}
