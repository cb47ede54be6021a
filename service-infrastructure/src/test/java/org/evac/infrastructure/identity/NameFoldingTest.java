package org.evac.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFoldingTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "Mohammad, Muhammad",
        "Mohammad, Mohammed",
        "Mohammad, Mohd",
        "Mohammad, Mohamed",
        "Abdul, Abdol",
        "Ahmad, Ahmed",
        "Hussain, Hussein",
        "Hussain, Husain",
        "Qasim, Kasim",
        "Zahra, Zehra",
        "Abdullah, Abdulla",
        "Fatima, Fatimah",
        "Yousuf, Yusuf",
        "Javad, Jawad",
        "Najibullah, Najeebullah",
        "Sayed, Sayyid",
        "Ghulam, Golam",
        "Zainab, Zaynab",
        "Noor, Nur",
        "Ibrahim, Ebrahim",
        "Omar, Umar",
        "Mustafa, Mostafa",
        "Hamid, Hameed",
        "Khalid, Khaled",
        "Rahmatullah, Rahmatulla",
        "'Ahmad Shah Massoud', 'Massoud Ahmad Shah'",
        "Sharifi, Sharify",
        "Haidari, Haydari"
    })
    void foldsTransliterationsOfOneNameTogether(String one, String other) {
        assertThat(NameFolding.key(one)).isEqualTo(NameFolding.key(other));
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({
        "Mahmood, Mohammad", "Ahmadzai, Ahmadi", "Karimi, Rahimi", "Nasir, Nasrin", "Farid, Farida",
        "Hamid, Hamed Ullah", "Wali, Ali", "Sultani, Sultan", "Zaman, Zamani", "Akbar, Akbari"
    })
    void keepsDifferentNamesApart(String one, String other) {
        assertThat(NameFolding.key(one)).isNotEqualTo(NameFolding.key(other));
    }
}
