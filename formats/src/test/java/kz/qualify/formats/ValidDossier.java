package kz.qualify.formats;

/** A complete, valid dossier in the test edition's vocabulary, as the tests mutate it. */
final class ValidDossier {

    private ValidDossier() {}

    static final String JSON = """
            {
              "applicant": {"legalForm": "LEGAL_ENTITY", "bin": "990340001230", "name": "ТОО «Шыгыс Энерго Транзит»"},
              "activity": 1,
              "subActivities": [],
              "works": [],
              "staff": [
                {"fullName": "Ахметов Ерлан Серикович", "position": "Главный инженер", "role": "MANAGER",
                 "education": {"level": "HIGHER", "field": "ELECTRIC_POWER",
                               "specialty": "Электроэнергетические системы и сети", "specialtyCode": "050718"},
                 "experienceMonths": 144},
                {"ref": "row-2", "fullName": "Жумабекова Айгуль Маратовна", "position": "Инженер-релейщик",
                 "role": "SPECIALIST", "production": true,
                 "education": {"level": "TECHNICAL_VOCATIONAL", "field": "ELECTRIC_POWER"},
                 "experienceYears": 2.99},
                {"fullName": "Ким Виктория Олеговна", "position": "Главный бухгалтер", "role": "SPECIALIST",
                 "production": false, "education": {"level": "HIGHER", "field": "NON_TECHNICAL"}}
              ],
              "assets": [
                {"ref": "net-1", "category": "electric-networks", "description": "ВЛ 10 кВ, 120 км",
                 "legalBasis": "OWNERSHIP", "titleDocument": "doc-title"}
              ],
              "services": [
                {"ref": "svc-1", "function": "operation-maintenance", "name": "Служба эксплуатации",
                 "order": {"number": "12-п", "date": "2012-06-01", "document": "doc-order"}}
              ],
              "programmes": [
                {"ref": "prog-1", "kind": "repair-plan", "title": "План ремонтов на 2012 год",
                 "approvedOn": "2012-01-15", "approvedBy": "Директор", "onSchedule": true, "document": "doc-prog"}
              ],
              "contracts": [
                {"ref": "ctr-1", "kind": "dispatch-contract", "counterparty": "АО «KEGOC»", "number": "45/12",
                 "date": "2012-03-01", "validUntil": "2013-12-31", "protocolOfIntent": false, "backupSupply": true,
                 "document": "doc-ctr"}
              ],
              "permits": [
                {"ref": "permit-1", "kind": "explosives-storage-permit", "number": "KZ-77", "issuedOn": "2011-05-05",
                 "document": "doc-permit"}
              ],
              "workingCapital": {"amount": "16180000.00", "bank": "АО «Народный банк Казахстана»",
                                 "certificateDate": "2012-08-30", "certificateDocument": "doc-bank"},
              "documents": [
                {"id": "doc-title", "kind": "title-document", "title": "Свидетельство о регистрации", "date": "2005-04-01"},
                {"id": "doc-order", "kind": "order", "title": "Приказ № 12-п", "date": "2012-06-01",
                 "signedBy": "FIRST_HEAD", "sealed": true},
                {"id": "doc-prog", "kind": "approved-programme", "title": "План ремонтов"},
                {"id": "doc-ctr", "kind": "contract-copy", "title": "Договор № 45/12"},
                {"id": "doc-permit", "kind": "permit-copy", "title": "Разрешение KZ-77"},
                {"id": "doc-bank", "kind": "bank-certificate", "title": "Справка банка",
                 "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}
              ]
            }
            """;
}
