// Synthetic Chinese personal names: a common surname and a one- or two-character given name.
import type { Random, Weighted } from './random.js';

/** The most common surnames, weighted roughly by their share of the population. */
const SURNAMES: Weighted<string> = [
  ['王', 72], ['李', 70], ['张', 66], ['刘', 53], ['陈', 48], ['杨', 34], ['黄', 25], ['赵', 21], ['吴', 20], ['周', 20],
  ['徐', 15], ['孙', 15], ['马', 14], ['朱', 14], ['胡', 13], ['郭', 12], ['何', 11], ['林', 11], ['高', 11], ['罗', 10],
  ['郑', 9], ['梁', 9], ['谢', 8], ['宋', 7], ['唐', 7], ['许', 7], ['韩', 7], ['冯', 7], ['邓', 7], ['曹', 6],
  ['彭', 6], ['曾', 6], ['肖', 6], ['田', 5], ['董', 5], ['袁', 5], ['潘', 5], ['蔡', 5], ['蒋', 5], ['余', 5],
  ['于', 4], ['杜', 4], ['叶', 4], ['程', 4], ['苏', 4], ['魏', 4], ['吕', 4], ['丁', 4], ['任', 4], ['沈', 4],
  ['姚', 3], ['卢', 3], ['钟', 3], ['姜', 3], ['崔', 3], ['谭', 3], ['陆', 3], ['范', 3], ['汪', 3], ['廖', 3],
  ['石', 3], ['金', 3], ['韦', 3], ['贾', 2], ['夏', 2], ['付', 2], ['方', 2], ['邹', 2], ['熊', 2], ['白', 2],
  ['孟', 2], ['秦', 2], ['邱', 2], ['侯', 2], ['江', 2], ['尹', 2], ['薛', 2], ['黎', 2], ['欧阳', 1], ['司马', 1],
];

const MALE_CHARACTERS = [
  '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞', '鑫', '波', '宇', '浩',
  '凯', '健', '俊', '帆', '建', '国', '志', '文', '晓', '东', '海', '林', '峰', '荣', '新', '永', '春', '德', '广', '成',
] as const;

const FEMALE_CHARACTERS = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '桂', '英', '秀', '兰', '萍', '红', '婷', '雪', '琳', '倩',
  '慧', '莉', '梅', '洁', '颖', '佳', '欣', '晶', '月', '凤', '云', '琴', '瑶', '璐', '美', '春', '晓', '文', '小', '淑',
] as const;

export function surname(random: Random): string {
  return random.weighted(SURNAMES);
}

/** A full name; three people in four get a two-character given name. */
export function personalName(random: Random, sex: 'M' | 'F', familyName: string = surname(random)): string {
  const characters = sex === 'M' ? MALE_CHARACTERS : FEMALE_CHARACTERS;
  const given = random.chance(0.75) ? random.pick(characters) + random.pick(characters) : random.pick(characters);
  return familyName + given;
}
