// The fonts the pages ask for, in order: the machine's own CJK fonts (Noto CJK on Debian via fonts-noto-cjk, the usual ones elsewhere); no page fetches a font from anywhere.
export const CJK_FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif';
