/*
 * The floor of one return list: the CPU that libxlsxwriter itself needs to write a workbook
 * with a return list's content (SPEC §11: each list may cost at most 1.3× this floor).
 *
 * It writes N workbooks like `tra-lai/CB01 - … - can sua.xlsx`: one A4 portrait sheet of six
 * columns, a title block of merged cells (issuing body, national heading, place and date,
 * title, plan), three note rows, a header row and two finding rows, 16 formats, frozen panes,
 * repeated header row, document properties; into DIR (give /dev/shm, as thidua does for its
 * lists), with the allocator tuned as thidua tunes it. Prints user and system milliseconds
 * per workbook.
 *
 * build: cc -O2 -o list_floor Benchmarks/list_floor.c $(pkg-config --cflags --libs xlsxwriter)
 * usage: list_floor N DIR
 */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <xlsxwriter.h>

static lxw_format *fmt(lxw_workbook *wb, double size, int bold, int italic, int align, int border, int wrap,
                       uint32_t fill) {
    lxw_format *f = workbook_add_format(wb);
    format_set_font_name(f, "Times New Roman");
    format_set_font_size(f, size);
    if (bold) format_set_bold(f);
    if (italic) format_set_italic(f);
    if (align) format_set_align(f, align);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (border) format_set_border(f, LXW_BORDER_THIN);
    if (wrap) format_set_text_wrap(f);
    if (fill) format_set_bg_color(f, fill);
    return f;
}

static int write_list(const char *path, int k) {
    lxw_workbook_options options = {.tmpdir = "/dev/shm"};
    lxw_workbook *wb = workbook_new_opt(path, &options);
    if (!wb) return 1;
    lxw_doc_properties props = {.title = "Nội dung cần sửa – Chi bộ thử nghiệm",
                                .subject = "Thi đua thực hiện Chương trình hành động số 24-CTr/HU",
                                .author = "HUYỆN ỦY CHƯ PƯH", .company = "HUYỆN ỦY CHƯ PƯH"};
    workbook_set_properties(wb, &props);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Cần sửa");
    double widths[] = {5, 14, 10, 18, 12, 46};
    for (int c = 0; c < 6; c++) worksheet_set_column(ws, c, c, widths[c], NULL);
    worksheet_set_portrait(ws);
    worksheet_set_paper(ws, 9);
    worksheet_set_margins(ws, 1.18, 0.59, 0.79, 0.79);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, 12, 12);
    worksheet_set_footer(ws, "&C&\"Times New Roman\"&11Trang &P/&N");
    worksheet_freeze_panes(ws, 13, 0);
    lxw_format *higher = fmt(wb, 14, 0, 0, LXW_ALIGN_CENTER, 0, 0, 0);
    lxw_format *body = fmt(wb, 14, 1, 0, LXW_ALIGN_CENTER, 0, 0, 0);
    lxw_format *national = fmt(wb, 15, 1, 0, LXW_ALIGN_CENTER, 0, 0, 0);
    format_set_underline(national, LXW_UNDERLINE_SINGLE);
    lxw_format *star = fmt(wb, 14, 0, 0, LXW_ALIGN_CENTER, 0, 0, 0);
    lxw_format *place = fmt(wb, 14, 0, 1, LXW_ALIGN_CENTER, 0, 0, 0);
    lxw_format *title = fmt(wb, 16, 1, 0, LXW_ALIGN_CENTER, 0, 1, 0);
    lxw_format *subtitle = fmt(wb, 13, 0, 1, LXW_ALIGN_CENTER, 0, 1, 0);
    lxw_format *section = fmt(wb, 13, 1, 0, 0, 0, 0, 0);
    lxw_format *note = fmt(wb, 12, 0, 1, 0, 0, 1, 0);
    lxw_format *header = fmt(wb, 12, 1, 0, LXW_ALIGN_CENTER, 1, 1, 0xD9E2F3);
    lxw_format *integer = fmt(wb, 12, 0, 0, LXW_ALIGN_CENTER, 1, 0, 0);
    format_set_num_format(integer, "0");
    lxw_format *centered = fmt(wb, 12, 0, 0, LXW_ALIGN_CENTER, 1, 1, 0);
    format_set_num_format(centered, "@");
    lxw_format *bad = fmt(wb, 12, 1, 0, LXW_ALIGN_CENTER, 1, 1, 0xFFC7CE);
    format_set_font_color(bad, 0x9C0006);
    lxw_format *warn = fmt(wb, 12, 1, 0, LXW_ALIGN_CENTER, 1, 1, 0xFFEB9C);
    format_set_font_color(warn, 0x9C5700);
    lxw_format *cell = fmt(wb, 12, 0, 0, 0, 1, 1, 0);
    format_set_num_format(cell, "@");
    worksheet_set_row(ws, 0, 20, NULL);
    worksheet_merge_range(ws, 0, 0, 0, 2, "ĐẢNG BỘ TỈNH GIA LAI", higher);
    worksheet_merge_range(ws, 0, 3, 0, 5, "ĐẢNG CỘNG SẢN VIỆT NAM", national);
    worksheet_set_row(ws, 1, 20, NULL);
    worksheet_merge_range(ws, 1, 0, 1, 2, "HUYỆN ỦY CHƯ PƯH", body);
    worksheet_set_row(ws, 2, 20, NULL);
    worksheet_merge_range(ws, 2, 0, 2, 2, "*", star);
    worksheet_merge_range(ws, 2, 3, 2, 5, "Chư Pưh, ngày      tháng      năm 20   ", place);
    worksheet_set_row(ws, 3, 10, NULL);
    worksheet_set_row(ws, 4, 24, NULL);
    worksheet_merge_range(ws, 4, 0, 4, 5, "NỘI DUNG CẦN SỬA TRONG BẢNG TỰ CHẤM ĐIỂM THI ĐUA", title);
    worksheet_set_row(ws, 5, 35.72, NULL);
    worksheet_merge_range(ws, 5, 0, 5, 5, "Kế hoạch số 142-KH/HU ngày 15/6/2023 của Ban Thường vụ Huyện ủy "
                          "về thi đua thực hiện Chương trình hành động số 24-CTr/HU", subtitle);
    worksheet_set_row(ws, 6, 8, NULL);
    char to[96];
    snprintf(to, sizeof to, "Kính gửi: Chi bộ thử nghiệm số %d (mã CB%04d)", k, k);
    worksheet_merge_range(ws, 7, 0, 7, 5, to, section);
    worksheet_merge_range(ws, 8, 0, 8, 5, "Tệp đã nhận: CB0001 - Chi bộ thử nghiệm.xlsx", note);
    worksheet_merge_range(ws, 9, 0, 9, 5, "Kết quả kiểm tra: 1 lỗi, 1 cảnh báo. Đơn vị chưa được xếp hạng "
                          "cho đến khi sửa hết lỗi.", note);
    worksheet_merge_range(ws, 10, 0, 10, 5, "Đề nghị đơn vị sửa trên chính tệp đã gửi, đúng ô được chỉ ra dưới "
                          "đây, rồi gửi lại tệp.", note);
    worksheet_set_row(ws, 11, 8, NULL);
    worksheet_set_row(ws, 12, 33.28, NULL);
    const char *heads[] = {"STT", "Ô", "Mức độ", "Loại", "Giá trị đã ghi", "Nội dung cần sửa"};
    for (int c = 0; c < 6; c++) worksheet_write_string(ws, 12, c, heads[c], header);
    worksheet_set_row(ws, 13, 47.92, NULL);
    worksheet_write_number(ws, 13, 0, 1, integer);
    worksheet_write_string(ws, 13, 1, "D20", centered);
    worksheet_write_string(ws, 13, 2, "Lỗi", bad);
    worksheet_write_string(ws, 13, 3, "Vượt điểm tối đa", centered);
    worksheet_write_string(ws, 13, 4, "12", centered);
    worksheet_write_string(ws, 13, 5, "Tiêu chí 3: điểm tự chấm 12 vượt điểm tối đa 10. Ghi lại điểm từ 0 "
                           "đến 10.", cell);
    worksheet_set_row(ws, 14, 47.92, NULL);
    worksheet_write_number(ws, 14, 0, 2, integer);
    worksheet_write_string(ws, 14, 1, "E25", centered);
    worksheet_write_string(ws, 14, 2, "Cảnh báo", warn);
    worksheet_write_string(ws, 14, 3, "Thiếu minh chứng", centered);
    worksheet_write_string(ws, 14, 4, "8", centered);
    worksheet_write_string(ws, 14, 5, "Tiêu chí 5: có 8 điểm tự chấm nhưng chưa ghi minh chứng nên được tính "
                           "0 điểm. Ghi tên văn bản, hồ sơ làm minh chứng ở cột Minh chứng.", cell);
    worksheet_activate(ws);
    return workbook_close(wb) != LXW_NO_ERROR;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: list_floor N DIR\n");
        return 2;
    }
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TOP_PAD, 0);
    int n = atoi(argv[1]);
    char path[4096];
    for (int k = 0; k < n; k++) {
        snprintf(path, sizeof path, "%s/list-%d.xlsx", argv[2], k);
        if (write_list(path, k)) {
            fprintf(stderr, "cannot write %s\n", path);
            return 1;
        }
    }
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    double user = u.ru_utime.tv_sec * 1e3 + u.ru_utime.tv_usec / 1e3;
    double sys = u.ru_stime.tv_sec * 1e3 + u.ru_stime.tv_usec / 1e3;
    printf("%d workbooks: %.3f ms user + %.3f ms system a workbook\n", n, user / n, sys / n);
    return 0;
}
