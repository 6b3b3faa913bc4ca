#!/usr/bin/env python3
"""Writes common-passwords.txt: passwords that attackers try first, for the ASVS 5 V6.2.4 check.

The list is made from facts, not copied from a file: the passwords that top every published breach
analysis (SplashData, NCSC's "Have I Been Pwned" top list, NordPass), the words and names those lists are
built from, Vietnamese words, names and places people use, and the patterns people apply to them (digits and
years appended, keyboard walks, birth dates written ddmmyyyy). Entries are lower case without diacritics: the
validator folds a password the same way before looking it up. Run: python3 generate-common-passwords.py
"""
import datetime
import os

TOP = """123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321
superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh hunter
buster soccer harley batman andrew tigger sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel
starwars klaster 112233 george computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom
777777 pass maggie 159753 aaaaaa ginger princess joshua cheese amanda summer love ashley nicole chelsea biteme
matthew access yankees 987654321 dallas austin thunder taylor matrix william corvette hello martin heather
secret merlin diamond 1234qwer gfhjkm hammer silver 222222 88888888 anthony justin test bailey q1w2e3r4t5
patrick internet scooter orange 11111 golfer cookie richard samantha bigdog guitar jackson whatever mickey
chicken sparky snoopy maverick phoenix camaro peanut morgan welcome falcon cowboy ferrari samsung andrea
smokey steelers joseph mercedes dakota arsenal eagles melissa boomer booboo spider nascar monster tigers
yellow xxxxxx 123123123 gateway marina diablo bulldog qwer1234 compaq purple hardcore banana junior hannah
123654 porsche lakers iceman money cowboys 987654 london tennis 999999 ncc1701 coffee scooby 0000 miller
boston q1w2e3r4 fuckoff brandon yamaha chester mother forever johnny edward 333333 oliver redsox player
nikita knight fender barney midnight please brandy chicago badboy iwantu slayer rangers charles angel flower
bigdaddy rabbit wizard bigdick jasper enter rachel chris 7777 hunter2 passw0rd p@ssw0rd p@ssword pa55word
password1 password12 password123 password1234 admin admin123 administrator root toor login welcome1
abc12345 abcd1234 abcdef abcdefg abcdefgh aa123456 a123456 a12345678 123456a 12345678a 1q2w3e 1q2w3e4r
1q2w3e4r5t 1q2w3e4r5t6y zaq12wsx zaq1zaq1 qazwsxedc qwe123 qweasd qweasdzxc asdf1234 asdfghjkl asdfasdf
1qazxsw2 q1w2e3 azerty 1234abcd 123abc abc123456 iloveyou1 iloveyou2 princess1 football1 monkey1 dragon1
qwerty1 qwerty12 qwerty123 qwertyui 11223344 12344321 123454321 147258369 147258 159357 741852963 789456123
789456 456789 963852741 102030 10203040 112233445566 12121212 123456123456 147852369 0987654321 987654321
1111111111 00000000 0123456789 01234567 13579 135790 246810 0123456 1122334455 123qweasd 123qweasdzxc
sunshine1 shadow1 master1 letmein1 trustno1 baseball1 superman1 michael1 charlie1 jordan23 welcome123
changeme changeme123 default guest user test123 test1234 testing demo demo123 temp temp123 secret123
password! password@ qwerty! starwars1 pokemon minecraft fortnite roblox naruto onepiece doraemon
""".split()

WORDS = """password pass passwd admin root user guest welcome login master secret love iloveyou
dragon monkey shadow sunshine princess football baseball soccer hockey superman batman spiderman
michael jordan jennifer jessica ashley charlie thomas daniel andrew joshua matthew robert william
david james john george peter paul anna maria alex chris kevin jason justin brandon tyler nicole
hannah emily sarah lauren rachel amanda stephanie melissa michelle samantha elizabeth heather
computer internet google facebook youtube yahoo hotmail gmail apple samsung nokia iphone android
windows linux microsoft dell lenovo asus acer sony toshiba canon honda yamaha toyota suzuki ferrari
porsche mercedes bmw audi chelsea arsenal liverpool barcelona realmadrid juventus manchester
madrid milan messi ronaldo neymar pogba tiger tigger lion eagle falcon hawk wolf bear dolphin
monster killer hunter ranger knight warrior ninja pirate wizard angel devil demon ghost zombie
summer winter spring autumn flower rose lily daisy cherry orange banana apple lemon mango
purple yellow green blue black white silver golden diamond crystal star moon sun sky rain
music guitar piano rock metal jazz disco party happy lucky money dollar cash rich
freedom liberty justice peace hope faith dream magic power energy thunder storm fire water
hello goodbye please thanks sorry letmein access enter open change changeme default
qwerty asdfgh zxcvbn qazwsx
matkhau mat-khau mk matkhau123 anhyeuem emyeuanh yeuem yeuanh iuem iuanh anhiuem emiuanh
yeuemnhieu yeuanhnhieu tinhyeu hanhphuc thuongem thuonganh nhoem nhoanh vietnam viet nam
hanoi saigon hochiminh danang haiphong cantho hue nhatrang dalat vungtau quangninh nghean
thanhhoa bacninh binhduong dongnai khanhhoa lamdong binhan
congchuc canbo vienchuc ubnd ubndtinh tinhuy hdnd sonoivu sotttt sotaichinh sogiaoduc soyte
coquan vanphong quantri quantrivien hethong thudientu congvu
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh lam mai
anh minh huong linh trang thao hoa lan hung tuan dung hai long quang thanh son duc hieu trung
phuong ngoc hanh thu ha huyen van thuy yen nhung hien hong quynh vy khanh tam binh cuong dat
thang phong kien vinh loc phuc tai thinh khoa bao huy nhi giang chau dieu diep tien sang toan
quan hau hoai kim my ngan nga oanh tham tuyet uyen xuan tuyen truong luan nghia nhan tri tin
tuananh ngocanh minhanh ducanh vietanh quanganh thanhhuong thuhuong thuytrang thutrang
ngoclan ngocmai thanhhai thanhtung thanhnam vannam vanhung vanminh vanlong vananh thuha
thuhien thuhang hoangnam hoanglong hoanganh minhtuan minhduc minhhieu minhchau baongoc
""".split()

SUFFIXES = ["", "1", "2", "3", "7", "12", "13", "21", "22", "69", "77", "88", "99", "00", "01", "007",
            "123", "321", "1234", "12345", "123456", "1234567", "12345678", "111", "000", "!", "!!", "@", "#", "$",
            "1!", "12!", "123!", "@123", "@1234", "#123", "_123", ".123", "123@", "2k", "abc"]
SUFFIXES += [str(y) for y in range(1975, 2027)] + ["@" + str(y) for y in range(2020, 2027)] + [str(y)[2:] for y in range(1980, 2027)]

PREFIXES = ["1", "123", "@", "my", "i", "the", "a"]

WALKS = """qwertyui qwertyuio qwertyuiop asdfghjk asdfghjkl zxcvbnm, zxcvbnm qazwsxedc qazwsxedcrfv
1qaz2wsx3edc 1qaz2wsx3edc4rfv !qaz2wsx !qaz@wsx 1q2w3e4r5t6y7u 1q2w3e4r5t6y7u8i 1q2w3e4r5t6y7u8i9o0p
zaq12wsx zaq1xsw2 xsw2zaq1 2wsx3edc qweasdzxc qwerasdf qwerasdfzxcv asdfqwer poiuytrewq lkjhgfdsa mnbvcxz
1234qwer 1234asdf qwer4321 q1w2e3r4t5y6 a1s2d3f4 a1b2c3d4 a1b2c3 abc123abc 1a2b3c4d 123qwe123 qwe123qwe
""".split()


def main():
    seen, out = set(), []

    def add(p):
        p = p.strip().lower()
        if p and p not in seen:
            seen.add(p)
            out.append(p)

    for p in TOP + WALKS:
        add(p)
    for w in WORDS:
        for s in SUFFIXES:
            add(w + s)
        for p in PREFIXES:
            add(p + w)
        add(w + w)
        add(w[::-1])
        add(w.replace("a", "@").replace("o", "0").replace("i", "1").replace("e", "3").replace("s", "$"))
    for d in range(10):
        for n in range(4, 13):
            add(str(d) * n)
    for start in range(10):
        for n in range(6, 11):
            add("".join(str((start + i) % 10) for i in range(n)))
            add("".join(str((start - i) % 10) for i in range(n)))
    # Birth dates: ddmmyyyy and dd/mm/yyyy patterns are among the first guesses against Vietnamese accounts.
    day = datetime.date(1965, 1, 1)
    while day <= datetime.date(2005, 12, 31):
        add(day.strftime("%d%m%Y"))
        day += datetime.timedelta(days=1)

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "common-passwords.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by generate-common-passwords.py; see that file for what is in it and why.\n")
        f.write("\n".join(out) + "\n")
    print(f"{len(out)} entries -> {path}")


if __name__ == "__main__":
    main()
