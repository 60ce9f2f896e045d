package vn.gnbv.cli;

import vn.gnbv.input.ReadMeter;

/** Time left, from the share of input bytes read so far. */
final class ReadProgress {
    private ReadProgress() {}

    static String left(double secs, String lang) {
        double share = ReadMeter.share();
        if (share <= 0.01 || share >= 1) return "";
        long left = Math.round(secs / share - secs);
        String t = left >= 60 ? (left / 60) + (lang.equals("vi") ? " phút " : " min ") + (left % 60) + " s" : left + " s";
        return lang.equals("vi") ? " — còn khoảng " + t : " — about " + t + " left";
    }
}
