<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en_CA">
<context>
    <name></name>
    <message>
        <source>backup folder must not be empty</source>
        <translation>le dossier des sauvegardes ne peut pas être vide</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>an in-memory database has no backup folder</source>
        <translation>une base de données en mémoire n’a pas de dossier des sauvegardes</translation>
    </message>
    <message>
        <source>cannot create the backup folder {folder} ({reason})</source>
        <translation>impossible de créer le dossier des sauvegardes {folder} ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged or not an Outreach database (its header is not SQLite&apos;s)</source>
        <translation>{path} est endommagé ou n’est pas une base de données Outreach (son en-tête n’est pas celui de SQLite)</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason})</source>
        <translation>{path} est endommagé ({reason})</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Outreach</source>
        <translation>{path} a été écrit par une version plus récente d’Outreach</translation>
    </message>
    <message>
        <source>{path} is not an Outreach backup ({reason})</source>
        <translation>{path} n’est pas une sauvegarde Outreach ({reason})</translation>
    </message>
    <message>
        <source>cannot restore from {path}: {reason}</source>
        <translation>impossible de restaurer à partir de {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose a backup file</source>
        <translation>{path} est la base de données elle-même; choisissez un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>cannot restore {path} ({reason}); the database was not replaced</source>
        <translation>impossible de restaurer {path} ({reason}); la base de données n’a pas été remplacée</translation>
    </message>
    <message>
        <source>no good backup in {folder}</source>
        <translation>aucune sauvegarde intacte dans {folder}</translation>
    </message>
    <message>
        <source>no backup file &apos;{name}&apos; (looked in {folder} too)</source>
        <translation>aucun fichier de sauvegarde «&#xa0;{name}&#xa0;» (cherché aussi dans {folder})</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied)</source>
        <translation>impossible de lire {path} (accès refusé)</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason})</source>
        <translation>impossible de lire {path} ({reason})</translation>
    </message>
    <message>
        <source>{path} is not an Outreach database (not an SQLite file)</source>
        <translation>{path} n’est pas une base de données Outreach (ce n’est pas un fichier SQLite)</translation>
    </message>
    <message>
        <source>{path} is read-only; Outreach needs to write to it (copy it to a writable folder)</source>
        <translation>{path} est en lecture seule; Outreach doit pouvoir y écrire (copiez-le dans un dossier où l’écriture est permise)</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; Outreach needs to write its database there (choose another folder with --db)</source>
        <translation>le dossier {folder} est en lecture seule; Outreach doit pouvoir y écrire sa base de données (choisissez un autre dossier avec --db)</translation>
    </message>
    <message>
        <source>cannot switch the database to WAL mode (got {mode})</source>
        <translation>impossible de passer la base de données en mode WAL (mode obtenu&#xa0;: {mode})</translation>
    </message>
    <message>
        <source>cannot create {path} ({reason})</source>
        <translation>impossible de créer {path} ({reason})</translation>
    </message>
    <message>
        <source>{path} is read-only and was made by another version of Outreach; copy it to a writable folder to open it</source>
        <translation>{path} est en lecture seule et a été créé par une autre version d’Outreach; copiez-le dans un dossier où l’écriture est permise pour l’ouvrir</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n’existe pas</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} ({reason})</source>
        <translation>impossible de créer le dossier {folder} ({reason})</translation>
    </message>
    <message>
        <source>{path} is locked by another program writing to it; try again in a moment</source>
        <translation>{path} est verrouillé par un autre programme qui y écrit; réessayez dans un moment</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); restore it from a backup</source>
        <translation>{path} est endommagé ({reason}); restaurez-le à partir d’une sauvegarde</translation>
    </message>
    <message>
        <source>{path} is read-only; Outreach needs to write to it</source>
        <translation>{path} est en lecture seule; Outreach doit pouvoir y écrire</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason})</source>
        <translation>impossible d’ouvrir {path} ({reason})</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; nothing was saved</source>
        <translation>le disque qui contient {path} est plein; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name</source>
        <translation>{path} existe déjà; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the backup</source>
        <translation>{path} est un dossier; indiquez un nom de fichier pour la sauvegarde</translation>
    </message>
    <message>
        <source>{path} is open in another program (the Outreach window or a command still running); close it, then restore again. Nothing was changed</source>
        <translation>{path} est ouvert dans un autre programme (la fenêtre d’Outreach ou une commande encore en cours); fermez-le, puis restaurez de nouveau. Rien n’a été modifié</translation>
    </message>
    <message>
        <source>--events {events} must be between 1 and 100,000</source>
        <translation>--events {events} doit être entre 1 et 100&#xa0;000</translation>
    </message>
    <message>
        <source>--entries {entries} must be between 0 and 10,000,000</source>
        <translation>--entries {entries} doit être entre 0 et 10&#xa0;000&#xa0;000</translation>
    </message>
    <message>
        <source>{what} {end} is before start time {start}</source>
        <translation>{what} {end}&#xa0;: avant l’heure de début {start}</translation>
    </message>
    <message>
        <source>event {id} was made on another device; only the office corrects another device&apos;s records (change it there)</source>
        <translation>l’activité {id} a été créée sur un autre appareil; seul le bureau central corrige les enregistrements d’un autre appareil (modifiez-la là-bas)</translation>
    </message>
    <message>
        <source>no event with id &apos;{id}&apos;</source>
        <translation>aucune activité avec l’identifiant «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <source>no flyer drop with id &apos;{id}&apos;</source>
        <translation>aucun dépôt de dépliants avec l’identifiant «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <source>{what} holds the character &apos;{char}&apos; (U+{code}), which the flyer font cannot print</source>
        <translation>{what} contient le caractère «&#xa0;{char}&#xa0;» (U+{code}), que la police du dépliant ne peut pas imprimer</translation>
    </message>
    <message>
        <source>{what} is {excess} characters too long for the {layout} layout ({length} characters; about {fitting} fit); shorten it</source>
        <translation>{what}&#xa0;: {excess} caractères de trop pour la mise en page {layout} ({length} caractères; environ {fitting} peuvent entrer); raccourcissez le texte</translation>
    </message>
    <message>
        <source>{what} is {excess} characters too long for the {layout} layout ({length} characters; about {fitting} fit); shorten it or choose a larger layout</source>
        <translation>{what}&#xa0;: {excess} caractères de trop pour la mise en page {layout} ({length} caractères; environ {fitting} peuvent entrer); raccourcissez le texte ou choisissez une mise en page plus grande</translation>
    </message>
    <message>
        <source>the survey link is empty; give an address starting with https://</source>
        <translation>le lien du sondage est vide; indiquez une adresse qui commence par https://</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; is not a valid web address ({reason})</source>
        <translation>le lien «&#xa0;{link}&#xa0;» n’est pas une adresse Web valide ({reason})</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; is not a web address: it must start with https:// or http://</source>
        <translation>le lien «&#xa0;{link}&#xa0;» n’est pas une adresse Web&#xa0;: il doit commencer par https:// ou http://</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; contains spaces; copy the survey&apos;s address exactly</source>
        <translation>le lien «&#xa0;{link}&#xa0;» contient des espaces; copiez l’adresse du sondage telle quelle</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; has no site name after {scheme}://</source>
        <translation>le lien «&#xa0;{link}&#xa0;» n’a pas de nom de site après {scheme}://</translation>
    </message>
    <message>
        <source>link is {excess} characters too long (at most {limit})</source>
        <translation>le lien a {excess} caractères de trop ({limit} au maximum)</translation>
    </message>
    <message>
        <source>a source tag is empty; use a short word such as library or arena</source>
        <translation>l’étiquette de provenance est vide; utilisez un mot court comme bibliothèque ou aréna</translation>
    </message>
    <message>
        <source>source tag &apos;{tag}&apos; may only hold letters, digits and - _ . ~ (no spaces)</source>
        <translation>l’étiquette de provenance «&#xa0;{tag}&#xa0;» ne peut contenir que des lettres, des chiffres et - _ . ~ (pas d’espaces)</translation>
    </message>
    <message>
        <source>source tag &apos;{tag}…&apos; is {excess} characters too long (at most {limit})</source>
        <translation>l’étiquette de provenance «&#xa0;{tag}…&#xa0;» a {excess} caractères de trop ({limit} au maximum)</translation>
    </message>
    <message>
        <source>source tag &apos;{tag}&apos; is given twice (tags match regardless of case)</source>
        <translation>l’étiquette de provenance «&#xa0;{tag}&#xa0;» est donnée deux fois (les majuscules et les minuscules ne comptent pas)</translation>
    </message>
    <message>
        <source>the link is too long for a QR code a phone can read on {layout}: about {excess} characters too long; use a shorter survey link</source>
        <translation>le lien est trop long pour un code QR lisible par un téléphone sur la mise en page {layout}&#xa0;: environ {excess} caractères de trop; utilisez un lien de sondage plus court</translation>
    </message>
    <message>
        <source>the link is too long for a QR code a phone can read on {layout}: about {excess} characters too long; use a shorter survey link or a larger layout</source>
        <translation>le lien est trop long pour un code QR lisible par un téléphone sur la mise en page {layout}&#xa0;: environ {excess} caractères de trop; utilisez un lien de sondage plus court ou une mise en page plus grande</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as flyers.pdf</source>
        <translation>{path} est un dossier; indiquez un nom de fichier comme flyers.pdf</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>impossible d’écrire {path}&#xa0;: le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>cannot write {path}: permission denied</source>
        <translation>impossible d’écrire {path}&#xa0;: accès refusé</translation>
    </message>
    <message>
        <source>cannot write {path} ({reason})</source>
        <translation>impossible d’écrire {path} ({reason})</translation>
    </message>
    <message>
        <source>{what} must not be empty</source>
        <translation>{what}&#xa0;: ce champ ne peut pas être vide</translation>
    </message>
    <message>
        <source>{what} is {excess} characters too long (at most {limit})</source>
        <translation>{what}&#xa0;: {excess} caractères de trop ({limit} au maximum)</translation>
    </message>
    <message>
        <source>logo {path} cannot be read: it is a folder</source>
        <translation>impossible de lire le logo {path}&#xa0;: c’est un dossier</translation>
    </message>
    <message>
        <source>logo {path} cannot be read: no such file</source>
        <translation>impossible de lire le logo {path}&#xa0;: ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>logo {path} cannot be read (permission denied)</source>
        <translation>impossible de lire le logo {path} (accès refusé)</translation>
    </message>
    <message>
        <source>logo {path} cannot be read: {reason}</source>
        <translation>impossible de lire le logo {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>layout &apos;{value}&apos; is not one of {choices}</source>
        <translation>la mise en page «&#xa0;{value}&#xa0;» n’est pas l’une des suivantes&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>paper &apos;{value}&apos; is not one of {choices}</source>
        <translation>le papier «&#xa0;{value}&#xa0;» n’est pas l’un des suivants&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>language &apos;{value}&apos; is not one of {choices}</source>
        <translation>la langue «&#xa0;{value}&#xa0;» n’est pas l’une des suivantes&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>{what} is {excess} characters too long for the cards layout ({length} characters; at most {limit})</source>
        <translation>{what}&#xa0;: {excess} caractères de trop pour la mise en page Cartes ({length} caractères; {limit} au maximum)</translation>
    </message>
    <message>
        <source>closing date {date} is in the past; give a later date (or --allow-past to print it anyway)</source>
        <translation>date de clôture {date}&#xa0;: cette date est passée; indiquez une date plus tardive (ou --allow-past pour imprimer quand même)</translation>
    </message>
    <message>
        <source>office key &apos;{key}&apos; must be an age public key starting with age1</source>
        <translation>la clé du bureau central «&#xa0;{key}&#xa0;» doit être une clé publique age qui commence par age1</translation>
    </message>
    <message>
        <source>office key &apos;{key}…&apos; is not a valid age public key</source>
        <translation>la clé du bureau central «&#xa0;{key}…&#xa0;» n’est pas une clé publique age valide</translation>
    </message>
    <message>
        <source>no municipality named &apos;{name}&apos; (known: none yet)</source>
        <translation>aucune municipalité nommée «&#xa0;{name}&#xa0;» (aucune municipalité connue pour l’instant)</translation>
    </message>
    <message>
        <source>no municipality named &apos;{name}&apos; (known: {known})</source>
        <translation>aucune municipalité nommée «&#xa0;{name}&#xa0;» (municipalités connues&#xa0;: {known})</translation>
    </message>
    <message>
        <source>municipality &apos;{name}&apos; is used by 1 event; only a municipality no record uses can be retired</source>
        <translation>la municipalité «&#xa0;{name}&#xa0;» sert à 1 activité; seule une municipalité qu’aucun enregistrement n’utilise peut être retirée</translation>
    </message>
    <message>
        <source>municipality &apos;{name}&apos; is used by {count} events; only a municipality no record uses can be retired</source>
        <translation>la municipalité «&#xa0;{name}&#xa0;» sert à {count} activités; seule une municipalité qu’aucun enregistrement n’utilise peut être retirée</translation>
    </message>
    <message>
        <source>municipality &apos;{name}&apos; is used by {count} baseline(s), flyer drop(s) or survey(s); only a municipality no record uses can be retired</source>
        <translation>la municipalité «&#xa0;{name}&#xa0;» sert à {count} donnée(s) de référence, dépôt(s) de dépliants ou sondage(s); seule une municipalité qu’aucun enregistrement n’utilise peut être retirée</translation>
    </message>
    <message>
        <source>municipality &apos;{name}&apos; is this laptop&apos;s home municipality; choose another in Settings before retiring it</source>
        <translation>la municipalité «&#xa0;{name}&#xa0;» est la municipalité d’attache de cet ordinateur portable; choisissez-en une autre dans les Paramètres avant de la retirer</translation>
    </message>
    <message>
        <source>no plan named &apos;{name}&apos; in the catalogue (known: none yet); add it with &apos;plan add&apos;</source>
        <translation>aucun plan nommé «&#xa0;{name}&#xa0;» dans le catalogue (aucun plan connu pour l’instant); ajoutez-le avec «&#xa0;plan add&#xa0;»</translation>
    </message>
    <message>
        <source>no plan named &apos;{name}&apos; in the catalogue (known: {known}); add it with &apos;plan add&apos;</source>
        <translation>aucun plan nommé «&#xa0;{name}&#xa0;» dans le catalogue (plans connus&#xa0;: {known}); ajoutez-le avec «&#xa0;plan add&#xa0;»</translation>
    </message>
    <message>
        <source>no plan with id &apos;{id}&apos;</source>
        <translation>aucun plan avec l’identifiant «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <source>a plan named &apos;{name}&apos; already exists</source>
        <translation>un plan nommé «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} est un dossier; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>no table named &apos;{table}&apos; (tables: {tables})</source>
        <translation>aucune table nommée «&#xa0;{table}&#xa0;» (tables&#xa0;: {tables})</translation>
    </message>
    <message>
        <source>from date {start} is after to date {end}</source>
        <translation>date de début {start}&#xa0;: après la date de fin {end}</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>impossible de lire ce fichier ({reason})</translation>
    </message>
    <message>
        <source>is a folder, not a bundle file</source>
        <translation>c’est un dossier, pas un fichier de lot</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket): not a bundle</source>
        <translation>ce n’est pas un fichier ordinaire (un périphérique, un tube ou un socket)&#xa0;: ce n’est pas un lot</translation>
    </message>
    <message>
        <source>is empty (0 bytes): not a bundle; export it again</source>
        <translation>ce fichier est vide (0 octet)&#xa0;: ce n’est pas un lot; exportez-le de nouveau</translation>
    </message>
    <message>
        <source>is {size:,} bytes, over the {limit:,}-byte limit for a bundle</source>
        <translation>ce fichier fait {size} octets, au-delà de la limite de {limit} octets pour un lot</translation>
    </message>
    <message>
        <source>is encrypted; give the office identity file with --identity</source>
        <translation>ce lot est chiffré; indiquez le fichier d’identité du bureau central avec --identity</translation>
    </message>
    <message>
        <source>is encrypted to another key: the --identity given cannot open it (wrong key)</source>
        <translation>ce lot est chiffré pour une autre clé&#xa0;: le fichier d’identité donné avec --identity ne peut pas l’ouvrir (mauvaise clé)</translation>
    </message>
    <message>
        <source>cannot be decrypted: damaged or truncated ({reason})</source>
        <translation>impossible de déchiffrer ce fichier&#xa0;: il est endommagé ou tronqué ({reason})</translation>
    </message>
    <message>
        <source>decrypts to more than the bundle size limit</source>
        <translation>une fois déchiffré, ce fichier dépasse la taille maximale d’un lot</translation>
    </message>
    <message>
        <source>is not an Outreach bundle (neither a bundle zip nor an age-encrypted file)</source>
        <translation>ce fichier n’est pas un lot Outreach (ni un lot zip ni un fichier chiffré avec age)</translation>
    </message>
    <message>
        <source>signature does not match its manifest: the file was altered (tampered)</source>
        <translation>la signature ne correspond pas au manifeste&#xa0;: le fichier a été modifié (falsifié)</translation>
    </message>
    <message>
        <source>holds a member its manifest does not list ({name}): tampered</source>
        <translation>ce fichier contient un élément que son manifeste ne mentionne pas ({name})&#xa0;: fichier falsifié</translation>
    </message>
    <message>
        <source>is damaged or truncated ({reason})</source>
        <translation>ce fichier est endommagé ou tronqué ({reason})</translation>
    </message>
    <message>
        <source>has {count} members, more than a bundle ever holds</source>
        <translation>ce fichier contient {count} éléments, plus qu’un lot n’en contient jamais</translation>
    </message>
    <message>
        <source>holds two members named {name}: tampered</source>
        <translation>ce fichier contient deux éléments nommés {name}&#xa0;: fichier falsifié</translation>
    </message>
    <message>
        <source>has a member with an unsafe path ({name}): refused</source>
        <translation>ce fichier contient un élément au chemin dangereux ({name})&#xa0;: refusé</translation>
    </message>
    <message>
        <source>has an unexpected member {name}: not an Outreach bundle</source>
        <translation>ce fichier contient un élément inattendu, {name}&#xa0;: ce n’est pas un lot Outreach</translation>
    </message>
    <message>
        <source>member {name} is zip-encrypted: not an Outreach bundle</source>
        <translation>l’élément {name} est chiffré par zip&#xa0;: ce n’est pas un lot Outreach</translation>
    </message>
    <message>
        <source>member {name} uses an unsupported compression</source>
        <translation>l’élément {name} utilise une compression non prise en charge</translation>
    </message>
    <message>
        <source>member {name} would expand {ratio}-fold (zip bomb)</source>
        <translation>l’élément {name} grossirait {ratio} fois une fois décompressé (bombe zip)</translation>
    </message>
    <message>
        <source>record {number} of table {table} holds true or false where Outreach writes numbers</source>
        <translation>l’enregistrement {number} de la table {table} contient true ou false là où Outreach écrit des nombres</translation>
    </message>
    <message>
        <source>member {name} is {size:,} bytes, over its {limit:,}-byte limit</source>
        <translation>l’élément {name} fait {size} octets, au-delà de sa limite de {limit} octets</translation>
    </message>
    <message>
        <source>has no {name}: not an Outreach bundle</source>
        <translation>il manque {name} dans ce fichier&#xa0;: ce n’est pas un lot Outreach</translation>
    </message>
    <message>
        <source>this installation&apos;s {key} is out of the bounds every reader checks ({value}); the bundle was not written</source>
        <translation>la valeur {key} de cette installation dépasse les limites que vérifie tout lecteur ({value}); le lot n’a pas été écrit</translation>
    </message>
    <message>
        <source>would expand to more than {limit:,} MB (oversized; if it is a genuine bundle, import it with --max-expanded-mb {needed})</source>
        <translation>occuperait plus de {limit}&#xa0;Mo une fois décompressé (trop volumineux; si c’est un lot authentique, importez-le avec --max-expanded-mb {needed})</translation>
    </message>
    <message>
        <source>changed while it was being imported (checksum of table {table} differs)</source>
        <translation>a changé pendant son importation (la somme de contrôle de la table {table} diffère)</translation>
    </message>
    <message>
        <source>member {name} is not the size its header says (tampered)</source>
        <translation>l’élément {name} n’a pas la taille indiquée dans son en-tête (falsifié)</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON: not an Outreach bundle</source>
        <translation>manifest.json n’est pas un fichier JSON valide&#xa0;: ce n’est pas un lot Outreach</translation>
    </message>
    <message>
        <source>manifest does not name the outreach-bundle format: not an Outreach bundle</source>
        <translation>le manifeste n’indique pas le format outreach-bundle&#xa0;: ce n’est pas un lot Outreach</translation>
    </message>
    <message>
        <source>has an unknown bundle format version ({version})</source>
        <translation>ce lot a une version de format inconnue ({version})</translation>
    </message>
    <message>
        <source>was written in bundle format {version}, newer than this app reads ({supported}); update Outreach to import it</source>
        <translation>ce lot a été écrit dans le format {version}, plus récent que celui que lit cette application ({supported}); mettez Outreach à jour pour l’importer</translation>
    </message>
    <message>
        <source>manifest field {key} is missing or malformed</source>
        <translation>le champ {key} du manifeste est absent ou mal formé</translation>
    </message>
    <message>
        <source>manifest receipts are malformed</source>
        <translation>les accusés de réception du manifeste sont mal formés</translation>
    </message>
    <message>
        <source>comes from device &apos;{device}&apos; ({device_id}) whose clock is {days:,} days ahead of this computer&apos;s (hybrid clock {hlc}): refused, nothing adopted. Set that laptop&apos;s date right, or the file is forged</source>
        <translation>vient de l’appareil «&#xa0;{device}&#xa0;» ({device_id}), dont l’horloge avance de {days}&#xa0;jours sur celle de cet ordinateur (horloge hybride {hlc})&#xa0;: refusé, rien n’a été adopté. Corrigez la date de cet ordinateur portable, ou le fichier est falsifié</translation>
    </message>
    <message>
        <source>manifest entry for table {table} is malformed</source>
        <translation>l’entrée du manifeste pour la table {table} est mal formée</translation>
    </message>
    <message>
        <source>carries table {table}, which this version of Outreach does not know (update Outreach)</source>
        <translation>ce lot contient la table {table}, que cette version d’Outreach ne connaît pas (mettez Outreach à jour)</translation>
    </message>
    <message>
        <source>part for table {table} is missing (truncated)</source>
        <translation>la partie de la table {table} est absente (fichier tronqué)</translation>
    </message>
    <message>
        <source>table {table} has columns or merge kind this version does not expect</source>
        <translation>la table {table} a des colonnes ou un type de fusion que cette version n’attend pas</translation>
    </message>
    <message>
        <source>checksum of table {table} does not match the manifest (tampered or corrupted)</source>
        <translation>la somme de contrôle de la table {table} ne correspond pas au manifeste (fichier falsifié ou corrompu)</translation>
    </message>
    <message>
        <source>table {table} holds a different number of records than the manifest says</source>
        <translation>la table {table} ne contient pas le nombre d’enregistrements indiqué dans le manifeste</translation>
    </message>
    <message>
        <source>records of table {table} are not valid JSON lines ({reason})</source>
        <translation>les enregistrements de la table {table} ne sont pas des lignes JSON valides ({reason})</translation>
    </message>
    <message>
        <source>records of table {table} are not one JSON array per line</source>
        <translation>les enregistrements de la table {table} ne sont pas un tableau JSON par ligne</translation>
    </message>
    <message>
        <source>record {number} of table {table} does not have the {width} fields of its columns</source>
        <translation>l’enregistrement {number} de la table {table} n’a pas les {width} champs de ses colonnes</translation>
    </message>
    <message>
        <source>{folder} is a file; --out takes a folder</source>
        <translation>{folder} est un fichier; --out demande un dossier</translation>
    </message>
    <message>
        <source>another export (bundle #{latest}) finished while this one was being written; this one was not kept: export again</source>
        <translation>une autre exportation (lot n°&#xa0;{latest}) s’est terminée pendant l’écriture de celle-ci; celle-ci n’a pas été conservée&#xa0;: exportez de nouveau</translation>
    </message>
    <message>
        <source>cannot write the bundle into {folder} ({reason})</source>
        <translation>impossible d’écrire le lot dans {folder} ({reason})</translation>
    </message>
    <message>
        <source>cannot find a free file name for the bundle in {folder}</source>
        <translation>impossible de trouver un nom de fichier libre pour le lot dans {folder}</translation>
    </message>
    <message>
        <source>was not imported ({reason}); nothing of it was kept: import it again</source>
        <translation>n’a pas été importé ({reason}); rien n’en a été conservé&#xa0;: importez-le de nouveau</translation>
    </message>
    <message>
        <source>a different file with the same bundle id was imported before (tampered)</source>
        <translation>un autre fichier avec le même identifiant de lot a déjà été importé (falsifié)</translation>
    </message>
    <message>
        <source>this installation is a laptop of office {office}; an office is set up on its own database (init --office on a fresh one)</source>
        <translation>cette installation est un ordinateur portable du bureau central {office}; un bureau central s’installe sur sa propre base de données (init --office sur une base neuve)</translation>
    </message>
    <message>
        <source>&apos;{device}&apos; ({device_id}) is a laptop: laptops exchange records through the office, not with each other; import this file at the office (if this installation is the office, run `outreach-app init --office` first)</source>
        <translation>«&#xa0;{device}&#xa0;» ({device_id}) est un ordinateur portable&#xa0;: les ordinateurs portables échangent leurs enregistrements par le bureau central, pas entre eux; importez ce fichier au bureau central (si cette installation est le bureau central, lancez d’abord `outreach-app init --office`)</translation>
    </message>
    <message>
        <source>&apos;{device}&apos; ({device_id}) is another office; this installation is the office and takes bundles from its laptops only</source>
        <translation>«&#xa0;{device}&#xa0;» ({device_id}) est un autre bureau central; cette installation est le bureau central et n’accepte que les lots de ses ordinateurs portables</translation>
    </message>
    <message>
        <source>&apos;{device}&apos; ({device_id}) calls itself an office, but this laptop&apos;s office is {office}; a laptop takes records from its own office only</source>
        <translation>«&#xa0;{device}&#xa0;» ({device_id}) se présente comme un bureau central, mais le bureau central de cet ordinateur portable est {office}; un ordinateur portable n’accepte les enregistrements que de son propre bureau central</translation>
    </message>
    <message>
        <source>bundle #{seq} is signed with key {key}, which device &apos;{device}&apos; ({device_id}) replaced from bundle #{since} on: possibly an old copy of that laptop. Ask its user; if the file is genuine, have that laptop make a new key (signing-key --rotate) and export --full</source>
        <translation>le lot n°&#xa0;{seq} est signé avec la clé {key}, que l’appareil «&#xa0;{device}&#xa0;» ({device_id}) a remplacée à partir du lot n°&#xa0;{since}&#xa0;: il pourrait venir d’une ancienne copie de cet ordinateur portable. Renseignez-vous auprès de son utilisateur; si le fichier est authentique, faites créer une nouvelle clé sur cet ordinateur portable (signing-key --rotate) et faites-lui faire une exportation complète (export --full)</translation>
    </message>
    <message>
        <source>first bundle from &apos;{device}&apos; ({device_id}), signed with key {key}: compare it with that device&apos;s own (outreach-app signing-key, or its Settings page) and import again with --accept-key &apos;{key}&apos;</source>
        <translation>premier lot de «&#xa0;{device}&#xa0;» ({device_id}), signé avec la clé {key}&#xa0;: comparez-la avec celle que montre cet appareil (outreach-app signing-key, ou sa page Paramètres) et importez de nouveau avec --accept-key &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>signed by a different key than earlier bundles of device &apos;{device}&apos; ({device_id}): possibly forged. If that laptop was re-installed or made a new key, check that it shows key {key} (outreach-app signing-key, or its Settings) and import again with --accept-key &apos;{key}&apos;</source>
        <translation>ce lot est signé avec une autre clé que les lots précédents de l’appareil «&#xa0;{device}&#xa0;» ({device_id})&#xa0;: il pourrait être contrefait. Si cet ordinateur portable a été réinstallé ou a créé une nouvelle clé, vérifiez qu’il affiche la clé {key} (outreach-app signing-key, ou ses paramètres) et importez de nouveau avec --accept-key &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; belongs to the office&apos;s catalogue or another device; only the office changes it</source>
        <translation>«&#xa0;{name}&#xa0;» appartient au catalogue du bureau central ou à un autre appareil; seul le bureau central peut le modifier</translation>
    </message>
    <message>
        <source>{path} already exists; an identity file is never overwritten (choose another name)</source>
        <translation>{path} existe déjà; un fichier d’identité n’est jamais remplacé (choisissez un autre nom)</translation>
    </message>
    <message>
        <source>{path} already exists; an identity file is never overwritten</source>
        <translation>{path} existe déjà; un fichier d’identité n’est jamais remplacé</translation>
    </message>
    <message>
        <source>cannot read the identity file {path} ({reason})</source>
        <translation>impossible de lire le fichier d’identité {path} ({reason})</translation>
    </message>
    <message>
        <source>cannot read the recipient file {path} ({reason})</source>
        <translation>impossible de lire le fichier de destinataires {path} ({reason})</translation>
    </message>
    <message>
        <source>recipient &apos;{value}&apos; is neither an age1… recipient nor a readable file</source>
        <translation>le destinataire «&#xa0;{value}&#xa0;» n’est ni un destinataire age1… ni un fichier lisible</translation>
    </message>
    <message>
        <source>&apos;{text}…&apos; in {value} is not an age X25519 recipient</source>
        <translation>«&#xa0;{text}…&#xa0;» dans {value} n’est pas un destinataire age X25519</translation>
    </message>
    <message>
        <source>{value} holds no age recipient</source>
        <translation>{value} ne contient aucun destinataire age</translation>
    </message>
    <message>
        <source>{path} is not an age identity file (a line is not AGE-SECRET-KEY-1…)</source>
        <translation>{path} n’est pas un fichier d’identité age (une ligne n’est pas une clé AGE-SECRET-KEY-1…)</translation>
    </message>
    <message>
        <source>{path} holds no age identity</source>
        <translation>{path} ne contient aucune identité age</translation>
    </message>
    <message>
        <source>records of table {table} break the schema ({reason})</source>
        <translation>les enregistrements de la table {table} ne respectent pas le schéma ({reason})</translation>
    </message>
    <message>
        <source>a record of table {table} from device &apos;{device}&apos; ({device_id}) carries a clock value {days:,} days ahead of this computer&apos;s ({value}): refused, nothing adopted. Set that laptop&apos;s date right, or the file is forged</source>
        <translation>un enregistrement de la table {table} venant de l’appareil «&#xa0;{device}&#xa0;» ({device_id}) porte une valeur d’horloge qui avance de {days}&#xa0;jours sur celle de cet ordinateur ({value})&#xa0;: refusé, rien n’a été adopté. Corrigez la date de cet ordinateur portable, ou le fichier est falsifié</translation>
    </message>
    <message>
        <source>a record of table {table} from device &apos;{device}&apos; ({device_id}) has an invalid {column} ({value}): refused</source>
        <translation>un enregistrement de la table {table} venant de l’appareil «&#xa0;{device}&#xa0;» ({device_id}) a une valeur {column} non valide ({value})&#xa0;: refusé</translation>
    </message>
    <message>
        <source>event &apos;{name}&apos; ({date}) is cancelled; reinstate it before recording</source>
        <translation>l’activité «&#xa0;{name}&#xa0;» ({date}) est annulée; rétablissez-la avant de faire des saisies</translation>
    </message>
    <message>
        <source>answer &apos;{answer}&apos; must be one of yes, no, unsure</source>
        <translation>la réponse «&#xa0;{answer}&#xa0;» doit être l’une des suivantes&#xa0;: yes, no, unsure</translation>
    </message>
    <message>
        <source>unknown entry kind &apos;{kind}&apos;</source>
        <translation>type de saisie inconnu&#xa0;: «&#xa0;{kind}&#xa0;»</translation>
    </message>
    <message>
        <source>no counts given: use --attendees, --plan NAME=N or --confident-yes/no/unsure</source>
        <translation>aucun total donné&#xa0;: utilisez --attendees, --plan NAME=N ou --confident-yes/no/unsure</translation>
    </message>
    <message>
        <source>no tally entry with id &apos;{id}&apos;</source>
        <translation>aucune saisie avec l’identifiant «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <source>no entry with id &apos;{id}&apos;</source>
        <translation>aucune saisie avec l’identifiant «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <source>entry {id} was made on another device; only the office corrects another device&apos;s records (void it there)</source>
        <translation>la saisie {id} a été faite sur un autre appareil; seul le bureau central corrige les enregistrements d’un autre appareil (annulez-la là-bas)</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Outreach (schema {schema}, this app knows {known}); install the newer version to open it</source>
        <translation>{path} a été écrit par une version plus récente d’Outreach (schéma {schema}; cette application connaît le schéma {known}); installez la version plus récente pour l’ouvrir</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>{what} «&#xa0;{value}&#xa0;»&#xa0;: ce n’est pas une date de la forme YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not a real calendar date</source>
        <translation>{what} «&#xa0;{value}&#xa0;»&#xa0;: cette date n’existe pas</translation>
    </message>
    <message>
        <source>{what} is empty: type a date such as 2027-03-15</source>
        <translation>{what} est vide&#xa0;: saisissez une date comme 2027-03-15</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not a date: type it as YYYY-MM-DD or {local_form}</source>
        <translation>{what} «&#xa0;{value}&#xa0;»&#xa0;: ce n’est pas une date (saisissez-la sous la forme AAAA-MM-JJ ou {local_form})</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not a date: type it as YYYY-MM-DD</source>
        <translation>{what} «&#xa0;{value}&#xa0;»&#xa0;: ce n’est pas une date (saisissez-la sous la forme AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not a time in the form HH:MM</source>
        <translation>{what} «&#xa0;{value}&#xa0;»&#xa0;: ce n’est pas une heure de la forme HH:MM</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not a real time of day</source>
        <translation>{what} «&#xa0;{value}&#xa0;»&#xa0;: cette heure n’existe pas</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not a whole number</source>
        <translation>{what} «&#xa0;{value}&#xa0;»&#xa0;: ce n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; must be at least {minimum}</source>
        <translation>{what} «&#xa0;{value}&#xa0;»&#xa0;: le minimum est {minimum}</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is larger than {maximum:,}</source>
        <translation>{what} «&#xa0;{value}&#xa0;»&#xa0;: le maximum est {maximum}</translation>
    </message>
    <message>
        <source>{what} &apos;{value}…&apos; is {extra} characters too long</source>
        <translation>{what} «&#xa0;{value}…&#xa0;»&#xa0;: {extra} caractères de trop</translation>
    </message>
    <message>
        <source>text &apos;{value}…&apos; is {extra} characters too long</source>
        <translation>texte «&#xa0;{value}…&#xa0;»&#xa0;: {extra} caractères de trop</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; holds a control or text-direction character ({char}); type it again without it</source>
        <translation>{what} «&#xa0;{value}&#xa0;» contient un caractère de contrôle ou de direction du texte ({char}); tapez-le de nouveau sans ce caractère</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not a valid id</source>
        <translation>{what} «&#xa0;{value}&#xa0;»&#xa0;: ce n’est pas un identifiant valide</translation>
    </message>
    <message>
        <source>is bundle #{seq:,} of device &apos;{device}&apos; ({device_id}), which jumps more than {jump:,} numbers past the last one received (#{highest:,}): refused. That laptop&apos;s records are damaged or the file is forged; ask its user</source>
        <translation>c’est le lot n°&#xa0;{seq} de l’appareil «&#xa0;{device}&#xa0;» ({device_id}), qui saute plus de {jump}&#xa0;numéros après le dernier reçu (n°&#xa0;{highest})&#xa0;: refusé. Les données de cet ordinateur portable sont endommagées ou le fichier est falsifié; renseignez-vous auprès de son utilisateur</translation>
    </message>
    <message>
        <source>bundle {numbers} not received (have up to #{last}); find those files or ask that laptop for a full export (export --full)</source>
        <translation>lot {numbers} non reçu (reçus jusqu’au n°&#xa0;{last}); retrouvez ces fichiers ou demandez à cet ordinateur portable une exportation complète (export --full)</translation>
    </message>
    <message>
        <source>bundle #{seq} does not follow #{previous} (chain mismatch): the laptop was restored from a backup or re-initialised, or a file is forged; ask its user, compare its signing key, and have it export --full</source>
        <translation>le lot n°&#xa0;{seq} ne suit pas le n°&#xa0;{previous} (chaîne rompue)&#xa0;: l’ordinateur portable a été restauré à partir d’une sauvegarde ou réinitialisé, ou un fichier est falsifié; demandez à son utilisateur, comparez sa clé de signature et faites-lui faire une exportation complète (export --full)</translation>
    </message>
    <message>
        <source>two different bundles numbered #{seq} (the laptop was probably restored from a backup); both were merged, nothing is lost; have it export --full</source>
        <translation>deux lots différents portent le n°&#xa0;{seq} (l’ordinateur portable a sans doute été restauré à partir d’une sauvegarde); les deux ont été fusionnés, rien n’est perdu; faites-lui faire une exportation complète (export --full)</translation>
    </message>
    <message>
        <source>No events recorded in {municipality} yet.</source>
        <translation>Aucune activité enregistrée à {municipality} pour l’instant.</translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation>Aucune activité enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>No events in {municipality} between {start} and {end}; the latest there is {latest}.</source>
        <translation>Aucune activité à {municipality} du {start} au {end}; la plus récente y date du {latest}.</translation>
    </message>
    <message>
        <source>No events between {start} and {end}; the latest event is {latest}.</source>
        <translation>Aucune activité du {start} au {end}; la plus récente date du {latest}.</translation>
    </message>
    <message>
        <source>record {id} of table {table} is already here with other content: a conflict, never settled by the order of imports; ask that device&apos;s user (the file is refused whole)</source>
        <translation>l’enregistrement {id} de la table {table} est déjà ici avec un autre contenu&#xa0;: c’est un conflit, que l’ordre des importations ne règle jamais; demandez à l’utilisateur de cet appareil (le fichier est refusé en entier)</translation>
    </message>
    <message>
        <source>{count} records ignored ({tables}): they claim another device as their author or change another device&apos;s records, which only the office corrects</source>
        <translation>{count} enregistrements ignorés ({tables})&#xa0;: ils se disent d’un autre appareil ou modifient les enregistrements d’un autre appareil, ce que seul le bureau central corrige</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({reason})</source>
        <translation>ne peut pas être lu comme un fichier CSV ({reason})</translation>
    </message>
    <message>
        <source>the file is not valid {encoding} text ({reason})</source>
        <translation>le fichier n’est pas un texte {encoding} valide ({reason})</translation>
    </message>
    <message>
        <source>not a readable Excel workbook ({reason})</source>
        <translation>n’est pas un classeur Excel lisible ({reason})</translation>
    </message>
    <message>
        <source>date order &apos;{order}&apos; is neither mdy nor dmy</source>
        <translation>l’ordre des dates «&#xa0;{order}&#xa0;» n’est ni mdy ni dmy</translation>
    </message>
    <message>
        <source>row {row} has {count} columns, fewer than the {needed} the import reads; the file may be cut short or damaged</source>
        <translation>la ligne {row} a {count} colonnes, moins que les {needed} que l’importation lit; le fichier est peut-être tronqué ou endommagé</translation>
    </message>
    <message>
        <source>row {row} has no response id in column &apos;{column}&apos;</source>
        <translation>la ligne {row} n’a pas d’identifiant de réponse dans la colonne «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <source>row {row} has no submission time in column &apos;{column}&apos;</source>
        <translation>la ligne {row} n’a pas d’heure d’envoi dans la colonne «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <source>row {row}: column &apos;{column}&apos; holds free text, an email address or a phone number; only closed-answer columns (a choice from a list) can be kept</source>
        <translation>ligne {row}&#xa0;: la colonne «&#xa0;{column}&#xa0;» contient du texte libre, une adresse courriel ou un numéro de téléphone; seules les colonnes à réponse fermée (un choix dans une liste) peuvent être conservées</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; has more than {limit} different answers: it looks like free text, which is never kept; choose closed-answer columns only</source>
        <translation>la colonne «&#xa0;{column}&#xa0;» a plus de {limit} réponses différentes&#xa0;: elle semble contenir du texte libre, qui n’est jamais conservé; choisissez seulement des colonnes à réponse fermée</translation>
    </message>
    <message>
        <source>unknown preset &apos;{name}&apos; (known: {known})</source>
        <translation>plateforme «&#xa0;{name}&#xa0;» inconnue (connues&#xa0;: {known})</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; in a column mapping (fields: {fields})</source>
        <translation>champ «&#xa0;{field}&#xa0;» inconnu dans la correspondance des colonnes (champs&#xa0;: {fields})</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>le fichier ne contient aucune ligne</translation>
    </message>
    <message>
        <source>no survey platform&apos;s columns were recognised; name the platform with a preset ({known}) or map the columns (id, submitted, complete, source)</source>
        <translation>aucune colonne de plateforme de sondage n’a été reconnue; nommez la plateforme ({known}) ou indiquez les colonnes (id, submitted, complete, source)</translation>
    </message>
    <message>
        <source>has no column &apos;{column}&apos; (given for {field})</source>
        <translation>n’a pas de colonne «&#xa0;{column}&#xa0;» (indiquée pour {field})</translation>
    </message>
    <message>
        <source>no column was chosen for the {what}; nothing was imported</source>
        <translation>aucune colonne choisie ({what}); rien n’a été importé</translation>
    </message>
    <message>
        <source>missing column &apos;{column}&apos; (the {what} the import needs); nothing was imported</source>
        <translation>colonne «&#xa0;{column}&#xa0;» manquante ({what} nécessaire à l’importation); rien n’a été importé</translation>
    </message>
    <message>
        <source>has no column &apos;{column}&apos; (chosen to keep)</source>
        <translation>n’a pas de colonne «&#xa0;{column}&#xa0;» (choisie pour être conservée)</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is the response&apos;s id or time, not a closed answer</source>
        <translation>la colonne «&#xa0;{column}&#xa0;» est l’identifiant ou l’heure de la réponse, pas une réponse fermée</translation>
    </message>
    <message>
        <source>no survey with id &apos;{id}&apos; (see &apos;survey list&apos;)</source>
        <translation>aucun sondage avec l’identifiant «&#xa0;{id}&#xa0;» (voir «&#xa0;survey list&#xa0;»)</translation>
    </message>
    <message>
        <source>source tag &apos;{tag}&apos; already names a flyer drop; give the post its own tag</source>
        <translation>l’étiquette de provenance «&#xa0;{tag}&#xa0;» désigne déjà un dépôt de dépliants; donnez à la publication sa propre étiquette</translation>
    </message>
    <message>
        <source>source tag &apos;{tag}&apos; already names a post</source>
        <translation>l’étiquette de provenance «&#xa0;{tag}&#xa0;» désigne déjà une publication</translation>
    </message>
    <message>
        <source>row {row}: &apos;{value}&apos; in column &apos;{column}&apos; has its day first, but earlier rows have their month first</source>
        <translation>ligne {row}&#xa0;: «&#xa0;{value}&#xa0;» dans la colonne «&#xa0;{column}&#xa0;» commence par le jour, mais les lignes précédentes commencent par le mois</translation>
    </message>
    <message>
        <source>row {row}: &apos;{value}&apos; in column &apos;{column}&apos; is not a date and time</source>
        <translation>ligne {row}&#xa0;: «&#xa0;{value}&#xa0;» dans la colonne «&#xa0;{column}&#xa0;» n’est pas une date et une heure</translation>
    </message>
    <message>
        <source>this bundle would carry contact details ({table}), which travel encrypted only: export it encrypted to the office (leave out --no-encrypt)</source>
        <translation>ce paquet contiendrait des coordonnées ({table}), qui ne voyagent que chiffrées&#xa0;: exportez-le chiffré pour le bureau central (sans --no-encrypt)</translation>
    </message>
    <message>
        <source>{what} holds what looks like {kind} (&apos;{found}&apos;); Outreach keeps no resident&apos;s identity</source>
        <translation>{what} contient ce qui ressemble à {kind} («&#xa0;{found}&#xa0;»); Outreach ne conserve l’identité d’aucune personne résidente</translation>
    </message>
    <message>
        <source>{id} was made on another device; only that device or the office can purge it</source>
        <translation>{id} a été créé sur un autre appareil; seul cet appareil ou le bureau central peut l’effacer définitivement</translation>
    </message>
    <message>
        <source>{what} hold {extra} characters too many in all</source>
        <translation>{what}&#xa0;: {extra} caractères de trop au total</translation>
    </message>
    <message>
        <source>the project page is written at the office; it reaches this laptop with the office&apos;s next bundle</source>
        <translation>la page du projet est rédigée au bureau; elle arrivera sur cet ordinateur portable avec le prochain lot du bureau</translation>
    </message>
    <message>
        <source>the project page was written on another device; only that device or the office changes it</source>
        <translation>la page du projet a été écrite sur un autre appareil; seul cet appareil ou le bureau peut la modifier</translation>
    </message>
    <message>
        <source>activity &apos;{value}&apos; is not one of {choices}</source>
        <translation>l’activité «&#xa0;{value}&#xa0;» n’est pas l’une de celles-ci&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>no step with id &apos;{id}&apos;</source>
        <translation>aucune étape avec l’identifiant «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <source>step &apos;{text}&apos; was written on another device; only that device or the office changes it</source>
        <translation>l’étape «&#xa0;{text}&#xa0;» a été écrite sur un autre appareil; seul cet appareil ou le bureau peut la modifier</translation>
    </message>
    <message>
        <source>format &apos;{value}&apos; is not one of {choices}</source>
        <translation>le format «&#xa0;{value}&#xa0;» n’est pas l’un de ceux-ci&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>contact email &apos;{value}&apos; is not an email address (name@example.org)</source>
        <translation>le courriel de la personne-ressource &apos;{value}&apos; n’est pas une adresse courriel (nom@exemple.org)</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not a phone number (e.g. 519-555-0123 or 911)</source>
        <translation>{what} &apos;{value}&apos; n’est pas un numéro de téléphone (p. ex. 519-555-0123 ou 911)</translation>
    </message>
    <message>
        <source>no organisation with id &apos;{value}&apos; (see &apos;stakeholder list&apos;)</source>
        <translation>aucun organisme n’a l’identifiant &apos;{value}&apos; (voir &apos;stakeholder list&apos;)</translation>
    </message>
    <message>
        <source>no organisation named &apos;{value}&apos; (see &apos;stakeholder list&apos;)</source>
        <translation>aucun organisme ne s’appelle &apos;{value}&apos; (voir &apos;stakeholder list&apos;)</translation>
    </message>
    <message>
        <source>an organisation named &apos;{name}&apos; already exists</source>
        <translation>un organisme nommé &apos;{name}&apos; existe déjà</translation>
    </message>
    <message>
        <source>{attended} attended is more than the {registered} registered; confirm it (--yes) if people came without registering</source>
        <translation>{attended} présences, c’est plus que les {registered} inscriptions; confirmez-le (--yes) si des personnes sont venues sans s’inscrire</translation>
    </message>
    <message>
        <source>statement &apos;{value}&apos; is not on the evaluation form (1 to {last})</source>
        <translation>l’énoncé &apos;{value}&apos; n’est pas sur le formulaire d’évaluation (1 à {last})</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not a rating from 1 to 5</source>
        <translation>{what} &apos;{value}&apos; n’est pas une note de 1 à 5</translation>
    </message>
    <message>
        <source>statement {number} is rated twice on one form</source>
        <translation>l’énoncé {number} est noté deux fois sur un même formulaire</translation>
    </message>
    <message>
        <source>statement {number} has neither a before nor an after rating</source>
        <translation>l’énoncé {number} n’a ni note avant ni note après</translation>
    </message>
    <message>
        <source>a form without any rating records nothing</source>
        <translation>un formulaire sans aucune note n’enregistre rien</translation>
    </message>
    <message>
        <source>statement {number} of participant {id} is already entered (void it first)</source>
        <translation>l’énoncé {number} du participant {id} est déjà saisi (annulez-le d’abord)</translation>
    </message>
    <message>
        <source>cannot read it as UTF-8 text ({reason})</source>
        <translation>impossible de le lire comme texte UTF-8 ({reason})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>no &apos;{column}&apos; column in the header row (statement, before, after[, participant])</source>
        <translation>aucune colonne &apos;{column}&apos; dans la ligne d’en-tête (statement, before, after[, participant])</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>ligne {line}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>no ratings below the header row</source>
        <translation>aucune note sous la ligne d’en-tête</translation>
    </message>
    <message>
        <source>no rating with id &apos;{id}&apos;</source>
        <translation>aucune note n’a l’identifiant &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>rating {id} was made on another device; only the office corrects another device&apos;s records (void it there)</source>
        <translation>la note {id} a été saisie sur un autre appareil; seul le bureau central corrige les données d’un autre appareil (annulez-la là-bas)</translation>
    </message>
    <message>
        <source>a training has no field &apos;{field}&apos;</source>
        <translation>une formation n’a pas de champ &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>training {id} was made on another device; only the office corrects another device&apos;s records (change it there)</source>
        <translation>la formation {id} a été créée sur un autre appareil; seul le bureau central corrige les données d’un autre appareil (modifiez-la là-bas)</translation>
    </message>
    <message>
        <source>no training with id &apos;{id}&apos; (see &apos;training list&apos;)</source>
        <translation>aucune formation n’a l’identifiant &apos;{id}&apos; (voir &apos;training list&apos;)</translation>
    </message>
    <message>
        <source>area served &apos;{value}&apos; holds &apos;;&apos;; give each area with its own --area</source>
        <translation>le secteur desservi «&#xa0;{value}&#xa0;» contient un point-virgule; indiquez chaque secteur avec son propre --area</translation>
    </message>
    <message>
        <source>no contact with id &apos;{value}&apos; (see &apos;contact list&apos;)</source>
        <translation>aucune ressource avec l’identifiant «&#xa0;{value}&#xa0;» (voir «&#xa0;contact list&#xa0;»)</translation>
    </message>
    <message>
        <source>language &apos;{value}&apos; is not one of en, fr</source>
        <translation>la langue «&#xa0;{value}&#xa0;» n’est pas en ou fr</translation>
    </message>
    <message>
        <source>postal area &apos;{value}&apos; is not a postal-code area (letter, digit, letter, such as N8X)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une région de tri d’acheminement (lettre, chiffre, lettre, comme N8X)</translation>
    </message>
    <message>
        <source>no safety plan with id &apos;{value}&apos; (see &apos;safety-plan list&apos;)</source>
        <translation>aucun plan de sécurité avec l’identifiant «&#xa0;{value}&#xa0;» (voir «&#xa0;safety-plan list&#xa0;»)</translation>
    </message>
    <message>
        <source>a safety plan named &apos;{name}&apos; already exists (id {id})</source>
        <translation>un plan de sécurité nommé «&#xa0;{name}&#xa0;» existe déjà (identifiant {id})</translation>
    </message>
    <message>
        <source>no section with id &apos;{value}&apos; (see &apos;safety-plan show&apos;)</source>
        <translation>aucune section avec l’identifiant «&#xa0;{value}&#xa0;» (voir «&#xa0;safety-plan show&#xa0;»)</translation>
    </message>
    <message>
        <source>no step with id &apos;{value}&apos; (see &apos;safety-plan show&apos;)</source>
        <translation>aucune étape avec l’identifiant «&#xa0;{value}&#xa0;» (voir «&#xa0;safety-plan show&#xa0;»)</translation>
    </message>
    <message>
        <source>theme id &apos;{value}&apos; holds a space</source>
        <translation>l’identifiant de thème «&#xa0;{value}&#xa0;» contient une espace</translation>
    </message>
    <message>
        <source>position {value} is not between 1 and {count}, the number of sections of the plan</source>
        <translation>la position {value} n’est pas entre 1 et {count}, le nombre de sections du plan</translation>
    </message>
    <message>
        <source>position {value} is not between 1 and {count}, the number of steps of the section</source>
        <translation>la position {value} n’est pas entre 1 et {count}, le nombre d’étapes de la section</translation>
    </message>
    <message>
        <source>section &apos;{title}&apos; is too long for one panel even at the smallest print size; shorten its steps or split it</source>
        <translation>la section «&#xa0;{title}&#xa0;» est trop longue pour un volet, même au plus petit caractère; raccourcissez ses étapes ou divisez-la</translation>
    </message>
    <message>
        <source>the plan does not fit: from section &apos;{title}&apos; on there is no room left even at the smallest print size; shorten or remove sections, or use three panels</source>
        <translation>le plan ne tient pas&#xa0;: à partir de la section «&#xa0;{title}&#xa0;», il ne reste plus de place, même au plus petit caractère; raccourcissez ou retirez des sections, ou utilisez trois volets</translation>
    </message>
    <message>
        <source>the plan does not fit: the area&apos;s services leave no room for the last sections; shorten the sections or the services&apos; details</source>
        <translation>le plan ne tient pas&#xa0;: les services du secteur ne laissent pas de place aux dernières sections; raccourcissez les sections ou les renseignements des services</translation>
    </message>
    <message>
        <source>the area&apos;s services are too long for the handout&apos;s back panel even at the smallest print size; shorten their details or choose fewer services for the area</source>
        <translation>les services du secteur sont trop longs pour le volet arrière du dépliant, même au plus petit caractère; raccourcissez leurs renseignements ou choisissez moins de services pour le secteur</translation>
    </message>
    <message>
        <source>layout &apos;{value}&apos; is not one of handout, poster</source>
        <translation>la mise en page «&#xa0;{value}&#xa0;» n’est pas handout ou poster</translation>
    </message>
    <message>
        <source>paper &apos;{value}&apos; is not one of letter, a4</source>
        <translation>le papier «&#xa0;{value}&#xa0;» n’est pas letter ou a4</translation>
    </message>
    <message>
        <source>a handout has 2 or 3 panels a side, not {value}</source>
        <translation>un dépliant a 2 ou 3 volets par côté, pas {value}</translation>
    </message>
    <message>
        <source>safety plan &apos;{name}&apos; has no web address for the QR code; set one with &apos;safety-plan edit {id} --url URL&apos;</source>
        <translation>le plan de sécurité «&#xa0;{name}&#xa0;» n’a pas d’adresse Web pour le code QR; indiquez-en une avec «&#xa0;safety-plan edit {id} --url URL&#xa0;»</translation>
    </message>
    <message>
        <source>safety plan &apos;{name}&apos; has no section; add one before publishing</source>
        <translation>le plan de sécurité «&#xa0;{name}&#xa0;» n’a aucune section; ajoutez-en une avant de le publier</translation>
    </message>
    <message>
        <source>section &apos;{title}&apos; of &apos;{name}&apos; has no step; add one or remove the section before publishing</source>
        <translation>la section «&#xa0;{title}&#xa0;» de «&#xa0;{name}&#xa0;» n’a aucune étape; ajoutez-en une ou retirez la section avant de publier</translation>
    </message>
    <message>
        <source>the catalogue already has a plan named &apos;{name}&apos;; rename one of them first</source>
        <translation>le catalogue a déjà un plan nommé «&#xa0;{name}&#xa0;»; renommez d’abord l’un des deux</translation>
    </message>
    <message>
        <source>safety plan &apos;{id}&apos; has no published version yet (publish it first)</source>
        <translation>le plan de sécurité «&#xa0;{id}&#xa0;» n’a encore aucune version publiée (publiez-le d’abord)</translation>
    </message>
    <message>
        <source>safety plan &apos;{id}&apos; has no version {version}</source>
        <translation>le plan de sécurité «&#xa0;{id}&#xa0;» n’a pas de version {version}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is itself a translation; translate its original instead</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà une traduction; traduisez plutôt l’original</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already in {language}</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà en {language}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already has a translation in {language} (id {id})</source>
        <translation>«&#xa0;{name}&#xa0;» a déjà une traduction en {language} (identifiant {id})</translation>
    </message>
    <message>
        <source>this part of a safety plan or contact was written by another device; only the office changes it</source>
        <translation>cette partie d’un plan de sécurité ou d’une ressource a été écrite sur un autre appareil; seul le bureau central la modifie</translation>
    </message>
    <message>
        <source>consultation {id} has no themes yet: nothing to put in a codebook</source>
        <translation>la consultation {id} n’a encore aucun thème&#xa0;: rien à mettre dans un livre de codes</translation>
    </message>
    <message>
        <source>report format &apos;{value}&apos; is not one of pdf, docx, csv, qdc, json, text</source>
        <translation>le format de rapport «&#xa0;{value}&#xa0;» n’est pas l’un de pdf, docx, csv, qdc, json, text</translation>
    </message>
    <message>
        <source>question {number} is not in guide &apos;{name}&apos; (it has {count})</source>
        <translation>la question {number} n’est pas dans le guide «&#xa0;{name}&#xa0;» (il en compte {count})</translation>
    </message>
    <message>
        <source>question {number} must not be empty</source>
        <translation>la question {number} ne doit pas être vide</translation>
    </message>
    <message>
        <source>a guide needs at least one question</source>
        <translation>un guide doit compter au moins une question</translation>
    </message>
    <message>
        <source>a guide holds at most {limit} questions</source>
        <translation>un guide compte au plus {limit} questions</translation>
    </message>
    <message>
        <source>no guide with id &apos;{value}&apos; (see &apos;guide list&apos;)</source>
        <translation>aucun guide n’a l’identifiant «&#xa0;{value}&#xa0;» (voir «&#xa0;guide list&#xa0;»)</translation>
    </message>
    <message>
        <source>status &apos;{value}&apos; is not one of invited, confirmed, declined, attended, no-answer</source>
        <translation>l’état «&#xa0;{value}&#xa0;» n’est pas l’un de invited, confirmed, declined, attended, no-answer</translation>
    </message>
    <message>
        <source>kind &apos;{value}&apos; is not one of conversation, focus-group, interview, other</source>
        <translation>le type «&#xa0;{value}&#xa0;» n’est pas l’un de conversation, focus-group, interview, other</translation>
    </message>
    <message>
        <source>consultation &apos;{title}&apos; was made on another device; only the office changes it</source>
        <translation>la consultation «&#xa0;{title}&#xa0;» a été créée sur un autre appareil; seul le bureau central la modifie</translation>
    </message>
    <message>
        <source>unknown consultation field &apos;{value}&apos;</source>
        <translation>champ de consultation inconnu «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>no consultation with id &apos;{value}&apos; (see &apos;consultation list&apos;)</source>
        <translation>aucune consultation n’a l’identifiant «&#xa0;{value}&#xa0;» (voir «&#xa0;consultation list&#xa0;»)</translation>
    </message>
    <message>
        <source>a response must not be empty</source>
        <translation>une réponse ne doit pas être vide</translation>
    </message>
    <message>
        <source>no responses given</source>
        <translation>aucune réponse donnée</translation>
    </message>
    <message>
        <source>cannot read &apos;{path}&apos;: {reason}</source>
        <translation>impossible de lire «&#xa0;{path}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a text file</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas un fichier texte</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not UTF-8 text</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; holds no responses (no non-empty line)</source>
        <translation>«&#xa0;{path}&#xa0;» ne contient aucune réponse (aucune ligne non vide)</translation>
    </message>
    <message>
        <source>no response with id &apos;{value}&apos;</source>
        <translation>aucune réponse n’a l’identifiant «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>response {id} was typed on another device; only the office changes it</source>
        <translation>la réponse {id} a été saisie sur un autre appareil; seul le bureau central la modifie</translation>
    </message>
    <message>
        <source>response {id} is voided; it cannot be edited</source>
        <translation>la réponse {id} est annulée; elle ne peut pas être modifiée</translation>
    </message>
    <message>
        <source>response {id} is voided; it cannot be a quote</source>
        <translation>la réponse {id} est annulée; elle ne peut pas être une citation</translation>
    </message>
    <message>
        <source>response {id} was starred on another device; only the office takes that star back</source>
        <translation>la réponse {id} a été marquée comme citation sur un autre appareil; seul le bureau central retire cette marque</translation>
    </message>
    <message>
        <source>no theme named &apos;{value}&apos; in this consultation (see &apos;theme list&apos;)</source>
        <translation>aucun thème nommé «&#xa0;{value}&#xa0;» dans cette consultation (voir «&#xa0;theme list&#xa0;»)</translation>
    </message>
    <message>
        <source>a theme named &apos;{name}&apos; already exists: merge the two instead</source>
        <translation>un thème nommé «&#xa0;{name}&#xa0;» existe déjà&#xa0;: fusionnez plutôt les deux</translation>
    </message>
    <message>
        <source>theme &apos;{name}&apos; cannot sit under itself or one of its own sub-themes</source>
        <translation>le thème «&#xa0;{name}&#xa0;» ne peut pas être placé sous lui-même ni sous l’un de ses sous-thèmes</translation>
    </message>
    <message>
        <source>theme &apos;{name}&apos; cannot be merged into itself</source>
        <translation>le thème «&#xa0;{name}&#xa0;» ne peut pas être fusionné avec lui-même</translation>
    </message>
    <message>
        <source>response {id} is voided; it cannot be themed</source>
        <translation>la réponse {id} est annulée; on ne peut pas lui attribuer de thème</translation>
    </message>
    <message>
        <source>give at least one theme</source>
        <translation>donnez au moins un thème</translation>
    </message>
    <message>
        <source>that theme was put on response {id} on another device; only the office takes it off</source>
        <translation>ce thème a été attribué à la réponse {id} sur un autre appareil; seul le bureau central le retire</translation>
    </message>
    <message>
        <source>contact &apos;{contact}&apos; is in published plans ({plans}); the change will show in their next versions: confirm it (--yes) to save</source>
        <translation>la ressource «&#xa0;{contact}&#xa0;» figure dans des plans publiés ({plans}); le changement paraîtra dans leurs prochaines versions&#xa0;: confirmez-le (--yes) pour l’enregistrer</translation>
    </message>
    <message>
        <source>no event, entry, baseline, flyer drop or consultation response with id &apos;{id}&apos; (only these can be purged)</source>
        <translation>aucune activité, saisie, donnée de départ, dépôt de dépliants ni réponse de consultation n’a l’identifiant «&#xa0;{id}&#xa0;» (seuls ceux-ci peuvent être effacés définitivement)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Outreach</source>
        <translation>À propos d’Outreach</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Outreach %1&lt;/h2&gt;&lt;p&gt;Offline tally, reports and sync for community outreach teams.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Database file:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; %4 — free software: you may share and change it under the terms of the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Qt %5 · PySide6 %6&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Outreach %1&lt;/h2&gt;&lt;p&gt;Comptage, rapports et synchronisation hors ligne pour les équipes d’intervention de proximité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dossier des données&#xa0;:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Fichier de la base de données&#xa0;:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence&#xa0;:&lt;/b&gt; %4 — logiciel libre&#xa0;: vous pouvez le partager et le modifier selon les conditions de la Licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Qt %5 · PySide6 %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ActivitiesScreen</name>
    <message>
        <source>Calendar of activities</source>
        <translation>Calendrier des activités et formations</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>Acti&amp;vités</translation>
    </message>
    <message>
        <source>&amp;Trainings</source>
        <translation>F&amp;ormations</translation>
    </message>
    <message>
        <source>Show events</source>
        <translation>Afficher les activités</translation>
    </message>
    <message>
        <source>Show trainings</source>
        <translation>Afficher les formations</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités et formations</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Activities in %1 %2</source>
        <translation>Calendrier de %1 %2</translation>
    </message>
    <message>
        <source>Nothing in this month for the kinds ticked.</source>
        <translation>Rien ce mois-ci pour les types cochés.</translation>
    </message>
    <message>
        <source>&amp;Consultations</source>
        <translation>&amp;Consultations</translation>
    </message>
    <message>
        <source>Show consultations and focus groups</source>
        <translation>Afficher les consultations et les groupes de discussion</translation>
    </message>
</context>
<context>
    <name>ActivitiesTableModel</name>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance by organisation</source>
        <translation>Présences par organisme</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>pick or type an organisation</source>
        <translation>choisissez ou tapez un organisme</translation>
    </message>
    <message>
        <source>Sector of a new organisation</source>
        <translation>Secteur d’un nouvel organisme</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Record &amp;attendance</source>
        <translation>Enregistrer les présen&amp;ces</translation>
    </message>
    <message>
        <source>Record this organisation&apos;s attendance</source>
        <translation>Enregistrer les présences de cet organisme</translation>
    </message>
    <message>
        <source>Select a training first.</source>
        <translation>Choisissez d’abord une formation.</translation>
    </message>
    <message>
        <source>Organi&amp;sation</source>
        <translation>Or&amp;ganisme</translation>
    </message>
    <message>
        <source>Sector (if new)</source>
        <translation>Secteur (si nouveau)</translation>
    </message>
    <message>
        <source>Regis&amp;tered</source>
        <translation>&amp;Inscrits</translation>
    </message>
    <message>
        <source>Atten&amp;ded</source>
        <translation>Présen&amp;ts</translation>
    </message>
    <message>
        <source>Outreach — more attended than registered</source>
        <translation>Outreach — plus de présents que d’inscrits</translation>
    </message>
    <message>
        <source>%1 attended but only %2 registered. Did people come without registering?</source>
        <translation>%1 présents mais seulement %2 inscrits. Des personnes sont-elles venues sans s’inscrire?</translation>
    </message>
    <message>
        <source>Outreach — new organisation</source>
        <translation>Outreach — nouvel organisme</translation>
    </message>
    <message>
        <source>Add “%1” (%2) to the list of organisations?</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» (%2) à la liste des organismes?</translation>
    </message>
</context>
<context>
    <name>BackupOffer</name>
    <message>
        <source>Outreach — the database is damaged</source>
        <translation>Outreach — la base de données est endommagée</translation>
    </message>
    <message>
        <source>Outreach cannot use its database: %1</source>
        <translation>Outreach ne peut pas utiliser sa base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>No good backup was found. Copy the file to the office for help.</source>
        <translation>Aucune sauvegarde intacte n’a été trouvée. Copiez le fichier et apportez-le au bureau central pour obtenir de l’aide.</translation>
    </message>
    <message>
        <source>Restore the newest good backup, %1? The damaged file is kept beside the backups.</source>
        <translation>Restaurer la sauvegarde intacte la plus récente, %1? Le fichier endommagé est conservé avec les sauvegardes.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Table or group</source>
        <translation>Table ou groupe</translation>
    </message>
    <message>
        <source>optional, e.g. Table 3</source>
        <translation>facultatif, p. ex. Table 3</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Type one response and press Enter. Shift+Enter: new line. Ctrl+Up/Down or Ctrl+1…9: another question. No names, please.</source>
        <translation>Tapez une réponse et appuyez sur Entrée. Maj+Entrée&#xa0;: nouvelle ligne. Ctrl+Haut/Bas ou Ctrl+1…9&#xa0;: une autre question. Aucun nom, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Responses to this question</source>
        <translation>Réponses à cette question</translation>
    </message>
    <message>
        <source>&amp;Void the last saved</source>
        <translation>Annuler la dernière sai&amp;sie</translation>
    </message>
    <message>
        <source>Void the last saved responses</source>
        <translation>Annuler les dernières réponses enregistrées</translation>
    </message>
    <message>
        <source>T&amp;able or group</source>
        <translation>Ta&amp;ble ou groupe</translation>
    </message>
    <message>
        <source>Saved for this question (newest first)</source>
        <translation>Enregistrées pour cette question (les plus récentes d’abord)</translation>
    </message>
    <message>
        <source>Pick or add a consultation first.</source>
        <translation>Choisissez ou ajoutez d’abord une consultation.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Saved to question %1.</source>
        <translation>Enregistrée pour la question %1.</translation>
    </message>
    <message>
        <source>Saved %1 responses to question %2, one per line.</source>
        <translation>%1 réponses enregistrées pour la question %2, une par ligne.</translation>
    </message>
    <message numerus="yes">
        <source>Voided %n response(s).</source>
        <translation>
            <numerusform>%n réponse annulée.</numerusform>
            <numerusform>%n réponses annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter again: mask it and save. Ctrl+Enter: keep it, it is not about a resident. Or edit it.</source>
        <translation>Entrée de nouveau&#xa0;: masquer et enregistrer. Ctrl+Entrée&#xa0;: conserver, il ne concerne pas une personne résidente. Ou modifiez-la.</translation>
    </message>
</context>
<context>
    <name>CodingPanel</name>
    <message>
        <source>Responses to theme</source>
        <translation>Réponses à classer par thème</translation>
    </message>
    <message>
        <source>Show the responses to</source>
        <translation>Afficher les réponses à</translation>
    </message>
    <message>
        <source>Show the responses with theme</source>
        <translation>Afficher les réponses ayant le thème</translation>
    </message>
    <message>
        <source>Show the responses of table</source>
        <translation>Afficher les réponses de la table</translation>
    </message>
    <message>
        <source>Not &amp;yet themed</source>
        <translation>Sans th&amp;ème</translation>
    </message>
    <message>
        <source>Theme for the selected response</source>
        <translation>Thème de la réponse sélectionnée</translation>
    </message>
    <message>
        <source>type a theme, Enter; Shift+Enter: a new one (Ctrl+T)</source>
        <translation>tapez un thème, Entrée; Maj+Entrée&#xa0;: un nouveau (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Star as quote</source>
        <translation>Marquer comme &amp;citation</translation>
    </message>
    <message>
        <source>Ta&amp;ke theme off</source>
        <translation>Retirer le t&amp;hème</translation>
    </message>
    <message>
        <source>E&amp;dit response…</source>
        <translation>Modifier la ré&amp;ponse…</translation>
    </message>
    <message>
        <source>Correct the selected response&apos;s text (F2)</source>
        <translation>Corriger le texte de la réponse sélectionnée (F2)</translation>
    </message>
    <message>
        <source>&amp;Void response</source>
        <translation>Annuler la rép&amp;onse</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>New name of the selected theme</source>
        <translation>Nouveau nom du thème sélectionné</translation>
    </message>
    <message>
        <source>Ren&amp;ame</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <source>Theme to merge the selected theme into</source>
        <translation>Thème dans lequel fusionner le thème sélectionné</translation>
    </message>
    <message>
        <source>Merge &amp;into</source>
        <translation>Fusionner &amp;dans</translation>
    </message>
    <message>
        <source>Parent theme of the selected theme</source>
        <translation>Thème parent du thème sélectionné</translation>
    </message>
    <message>
        <source>&amp;Put under</source>
        <translation>Placer &amp;sous</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;ble</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Toutes les questions</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Toutes les tables</translation>
    </message>
    <message>
        <source>(top)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Responses shown: %1, themed: %2.</source>
        <translation>Réponses affichées&#xa0;: %1, avec thème&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Also heard in: </source>
        <translation>Aussi entendu dans&#xa0;: </translation>
    </message>
    <message>
        <source>%1 (%2, %3 of %4 responses)</source>
        <translation>%1 (%2, %3 réponses sur %4)</translation>
    </message>
    <message>
        <source>Tagged “%1”.</source>
        <translation>Thème «&#xa0;%1&#xa0;» attribué.</translation>
    </message>
    <message>
        <source>Response voided.</source>
        <translation>Réponse annulée.</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Effacer définitivement…</translation>
    </message>
    <message>
        <source>Erase the selected response, its edits, themes and star from this laptop, its backups and, at the next sync, the office</source>
        <translation>Effacer la réponse choisie, ses modifications, ses thèmes et son étoile de cet ordinateur, de ses sauvegardes et, à la prochaine synchronisation, du bureau</translation>
    </message>
</context>
<context>
    <name>ConfidenceChart</name>
    <message>
        <source>Chart: confidence answers</source>
        <translation>Graphique&#xa0;: réponses sur la confiance</translation>
    </message>
    <message>
        <source>More confident after the review?</source>
        <translation>Plus en confiance après la présentation?</translation>
    </message>
    <message>
        <source>More confident after the review? (no answers)</source>
        <translation>Plus en confiance après la présentation? (aucune réponse)</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <source>Outreach — consultation</source>
        <translation>Outreach — consultation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>e.g. newcomers, first responders</source>
        <translation>p. ex. personnes nouvellement arrivées, premiers intervenants</translation>
    </message>
    <message>
        <source>how many took part</source>
        <translation>nombre de participants</translation>
    </message>
    <message>
        <source>New &amp;guide…</source>
        <translation>Nouveau &amp;guide…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipalité</translation>
    </message>
    <message>
        <source>&amp;Host or partner</source>
        <translation>&amp;Hôte ou partenaire</translation>
    </message>
    <message>
        <source>&amp;Facilitator initials</source>
        <translation>Initiales de l’&amp;animateur</translation>
    </message>
    <message>
        <source>&amp;Lens or audience</source>
        <translation>&amp;Optique ou public</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>G&amp;uide</source>
        <translation>G&amp;uide</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>(no guide)</source>
        <translation>(aucun guide)</translation>
    </message>
    <message>
        <source>%1 (version %2, questions: %3)</source>
        <translation>%1 (version %2, questions&#xa0;: %3)</translation>
    </message>
    <message>
        <source>version used (%1)</source>
        <translation>version utilisée (%1)</translation>
    </message>
    <message>
        <source>Outreach — large count</source>
        <translation>Outreach — total élevé</translation>
    </message>
    <message>
        <source>%1 attendees at one consultation is unusual. Keep it?</source>
        <translation>%1 participants à une seule consultation, c’est inhabituel. Garder ce nombre?</translation>
    </message>
</context>
<context>
    <name>ConsultationsScreen</name>
    <message>
        <source>Consultations and focus groups</source>
        <translation>Consultations et groupes de discussion</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modif&amp;ier…</translation>
    </message>
    <message>
        <source>Cance&amp;l consultation</source>
        <translation>Annu&amp;ler la consultation</translation>
    </message>
    <message>
        <source>G&amp;uides…</source>
        <translation>G&amp;uides…</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <source>What we heard (PDF)</source>
        <translation>Ce que nous avons entendu (PDF)</translation>
    </message>
    <message>
        <source>What we heard (Word)</source>
        <translation>Ce que nous avons entendu (Word)</translation>
    </message>
    <message>
        <source>Responses and themes (CSV)</source>
        <translation>Réponses et thèmes (CSV)</translation>
    </message>
    <message>
        <source>Codebook (REFI-QDA)</source>
        <translation>Livre de codes (REFI-QDA)</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <source>&amp;1 Capture</source>
        <translation>&amp;1 Saisie</translation>
    </message>
    <message>
        <source>&amp;2 Themes</source>
        <translation>&amp;2 Thèmes</translation>
    </message>
    <message>
        <source>&amp;3 Invitations</source>
        <translation>&amp;3 Invitations</translation>
    </message>
    <message>
        <source>Select a consultation in the list first.</source>
        <translation>Sélectionnez d’abord une consultation dans la liste.</translation>
    </message>
    <message>
        <source>Restore consu&amp;ltation</source>
        <translation>Resta&amp;urer la consultation</translation>
    </message>
    <message>
        <source>Consultation saved.</source>
        <translation>Consultation enregistrée.</translation>
    </message>
    <message>
        <source>Guide saved.</source>
        <translation>Guide enregistré.</translation>
    </message>
    <message>
        <source>Outreach — save the report</source>
        <translation>Outreach — enregistrer le rapport</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>event name</source>
        <translation>nom de l’activité</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>date de l’activité</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>heure de début</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>heure de fin</translation>
    </message>
    <message>
        <source>from date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>municipalité</translation>
    </message>
    <message>
        <source>site</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>plan name</source>
        <translation>nom du plan</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>nom court</translation>
    </message>
    <message>
        <source>laptop name</source>
        <translation>nom de l’ordinateur portable</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>plan count</source>
        <translation>nombre de plans</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>count</source>
        <translation>total</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>plans</translation>
    </message>
    <message>
        <source>baseline date</source>
        <translation>date de référence</translation>
    </message>
    <message>
        <source>confident-yes count</source>
        <translation>nombre de oui</translation>
    </message>
    <message>
        <source>confident-no count</source>
        <translation>nombre de non</translation>
    </message>
    <message>
        <source>confident-unsure count</source>
        <translation>nombre de je ne sais pas</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>event id</source>
        <translation>identifiant de l’activité</translation>
    </message>
    <message>
        <source>entry id</source>
        <translation>identifiant de la saisie</translation>
    </message>
    <message>
        <source>drop id</source>
        <translation>identifiant du dépôt</translation>
    </message>
    <message>
        <source>drop date</source>
        <translation>date du dépôt</translation>
    </message>
    <message>
        <source>flyer count</source>
        <translation>nombre de dépliants</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>nombre de copies</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>date de clôture</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>body</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>contact line</source>
        <translation>ligne de contact</translation>
    </message>
    <message>
        <source>backups kept</source>
        <translation>nombre de sauvegardes conservées</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>texte fixe</translation>
    </message>
    <message>
        <source>source tag</source>
        <translation>étiquette de provenance</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <source>staff initials</source>
        <translation>initiales du personnel</translation>
    </message>
    <message>
        <source>area</source>
        <translation>région</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>poster</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>Feuillet</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/JJ/AAAA</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>survey name</source>
        <translation>nom du sondage</translation>
    </message>
    <message>
        <source>survey id</source>
        <translation>identifiant du sondage</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>post date</source>
        <translation>date de la publication</translation>
    </message>
    <message>
        <source>response id</source>
        <translation>identifiant de réponse</translation>
    </message>
    <message>
        <source>submission time</source>
        <translation>heure d’envoi</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>une adresse courriel</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un numéro de téléphone</translation>
    </message>
    <message>
        <source>an apartment or unit number</source>
        <translation>un numéro d’appartement ou de logement</translation>
    </message>
    <message>
        <source>a person&apos;s name</source>
        <translation>le nom d’une personne</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>nom du projet</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>key activities</source>
        <translation>activités clés</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>suivis</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>step id</source>
        <translation>identifiant de l’étape</translation>
    </message>
    <message>
        <source>done date</source>
        <translation>date de réalisation</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>date de la réunion</translation>
    </message>
    <message>
        <source>consultation title</source>
        <translation>titre de la consultation</translation>
    </message>
    <message>
        <source>consultation date</source>
        <translation>date de la consultation</translation>
    </message>
    <message>
        <source>facilitator initials</source>
        <translation>initiales de l’animateur</translation>
    </message>
    <message>
        <source>lens or audience</source>
        <translation>optique ou public</translation>
    </message>
    <message>
        <source>guide name</source>
        <translation>nom du guide</translation>
    </message>
    <message>
        <source>theme name</source>
        <translation>nom du thème</translation>
    </message>
    <message>
        <source>response</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>table label</source>
        <translation>étiquette de table</translation>
    </message>
    <message>
        <source>question number</source>
        <translation>numéro de question</translation>
    </message>
    <message>
        <source>status date</source>
        <translation>date de l’état</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>organisation name</source>
        <translation>nom de l’organisme</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>téléphone de la personne-ressource</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <source>%Ln attendee(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln “%1” plan(s)</source>
        <translation>
            <numerusform>%Ln plan «&#xa0;%1&#xa0;» remis</numerusform>
            <numerusform>%Ln plans «&#xa0;%1&#xa0;» remis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) “yes”</source>
        <translation>
            <numerusform>%Ln réponse «&#xa0;oui&#xa0;»</numerusform>
            <numerusform>%Ln réponses «&#xa0;oui&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) “no”</source>
        <translation>
            <numerusform>%Ln réponse «&#xa0;non&#xa0;»</numerusform>
            <numerusform>%Ln réponses «&#xa0;non&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) “not sure”</source>
        <translation>
            <numerusform>%Ln réponse «&#xa0;je ne sais pas&#xa0;»</numerusform>
            <numerusform>%Ln réponses «&#xa0;je ne sais pas&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>The date %1 is more than a year from today (%2). Save with this date?</source>
        <translation>La date %1 est à plus d’un an d’aujourd’hui (%2). Enregistrer avec cette date?</translation>
    </message>
    <message>
        <source>Outreach — check the date</source>
        <translation>Outreach — vérifiez la date</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo data for training: nothing here is real.</source>
        <translation>Données de démonstration pour la formation&#xa0;: rien ici n’est réel.</translation>
    </message>
    <message>
        <source>Set up for real use…</source>
        <translation>Configurer pour un usage réel…</translation>
    </message>
    <message>
        <source>Leave the demo data and set up for real use</source>
        <translation>Quitter les données de démonstration et configurer pour un usage réel</translation>
    </message>
</context>
<context>
    <name>EndOfDayScreen</name>
    <message>
        <source>End of day</source>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <source>&lt;h2&gt;End of day&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Fin de journée&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>What will be exported</source>
        <translation>Ce qui sera exporté</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Dossier du lot</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choisir le dossier…</translation>
    </message>
    <message>
        <source>Choose the folder for the bundle</source>
        <translation>Choisir le dossier du lot</translation>
    </message>
    <message>
        <source>Encrypt for the office</source>
        <translation>Chiffrer pour le bureau central</translation>
    </message>
    <message>
        <source>Everything, not only today&apos;s changes (full export)</source>
        <translation>Tout, pas seulement les changements du jour (exportation complète)</translation>
    </message>
    <message>
        <source>Full export</source>
        <translation>Exportation complète</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Export now</source>
        <translation>Exporter maintenant</translation>
    </message>
    <message>
        <source>Export the bundle now</source>
        <translation>Exporter le lot maintenant</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’exportation</translation>
    </message>
    <message>
        <source>The file made</source>
        <translation>Le fichier créé</translation>
    </message>
    <message>
        <source>Reveal in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Open the folder holding the bundle</source>
        <translation>Ouvrir le dossier qui contient le lot</translation>
    </message>
    <message>
        <source>What the office has received</source>
        <translation>Ce que le bureau central a reçu</translation>
    </message>
    <message numerus="yes">
        <source>Bundle #%1 will hold everything on this computer: %Ln record(s).</source>
        <translation>
            <numerusform>Le lot n°&#xa0;%1 contiendra tout ce qui se trouve sur cet ordinateur&#xa0;: %Ln enregistrement.</numerusform>
            <numerusform>Le lot n°&#xa0;%1 contiendra tout ce qui se trouve sur cet ordinateur&#xa0;: %Ln enregistrements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bundle #%1 will hold everything on this laptop: %Ln record(s).</source>
        <translation>
            <numerusform>Le lot n°&#xa0;%1 contiendra tout ce qui se trouve sur cet ordinateur portable&#xa0;: %Ln enregistrement.</numerusform>
            <numerusform>Le lot n°&#xa0;%1 contiendra tout ce qui se trouve sur cet ordinateur portable&#xa0;: %Ln enregistrements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bundle #%1 will hold the changes since the last export: %Ln record(s).</source>
        <translation>
            <numerusform>Le lot n°&#xa0;%1 contiendra les changements depuis la dernière exportation&#xa0;: %Ln enregistrement.</numerusform>
            <numerusform>Le lot n°&#xa0;%1 contiendra les changements depuis la dernière exportation&#xa0;: %Ln enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypt for the office (%1)</source>
        <translation>Chiffrer pour le bureau central (%1)</translation>
    </message>
    <message>
        <source>Encrypt for the office (no office key received yet)</source>
        <translation>Chiffrer pour le bureau central (aucune clé du bureau reçue pour l’instant)</translation>
    </message>
    <message>
        <source>This computer is the office: laptops take its bundles at their next import; nothing waits for a confirmation.</source>
        <translation>Cet ordinateur est le bureau central&#xa0;: les ordinateurs portables prennent ses lots à leur prochaine importation; aucune confirmation n’est attendue.</translation>
    </message>
    <message>
        <source>Nothing exported from this computer yet.</source>
        <translation>Rien n’a encore été exporté de cet ordinateur.</translation>
    </message>
    <message>
        <source>Nothing exported from this laptop yet.</source>
        <translation>Rien n’a encore été exporté de cet ordinateur portable.</translation>
    </message>
    <message>
        <source>The office has everything up to #%1.</source>
        <translation>Le bureau central a tout reçu jusqu’au lot n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Not yet confirmed by the office: %1. Do not wipe this laptop until the office has them.</source>
        <translation>Pas encore confirmé par le bureau central&#xa0;: %1. N’effacez pas cet ordinateur portable avant que le bureau les ait reçus.</translation>
    </message>
    <message>
        <source>Every export is confirmed.</source>
        <translation>Toutes les exportations sont confirmées.</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Choisissez d’abord un dossier.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message numerus="yes">
        <source>Bundle #%1 saved (%Ln record(s), %3): %4</source>
        <translation>
            <numerusform>Lot n°&#xa0;%1 enregistré (%Ln enregistrement, %3)&#xa0;: %4</numerusform>
            <numerusform>Lot n°&#xa0;%1 enregistré (%Ln enregistrements, %3)&#xa0;: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDayHelp</name>
    <message>
        <source>Outreach — how to run an event day</source>
        <translation>Outreach — déroulement d’une journée d’activité</translation>
    </message>
    <message>
        <source>How to run an event day</source>
        <translation>Déroulement d’une journée d’activité</translation>
    </message>
</context>
<context>
    <name>EventEndedDialog</name>
    <message>
        <source>Outreach — event ended</source>
        <translation>Outreach — activité terminée</translation>
    </message>
    <message>
        <source>“%1” has ended; every entry is saved.</source>
        <translation>«&#xa0;%1&#xa0;» est terminée; toutes les saisies sont enregistrées.</translation>
    </message>
    <message>
        <source>Attendees: %s</source>
        <translation>Participants&#xa0;: %s</translation>
    </message>
    <message>
        <source>Plans handed out: %s</source>
        <translation>Plans remis&#xa0;: %s</translation>
    </message>
    <message>
        <source>More confident: yes %1 · no %2 · not sure %3</source>
        <translation>Plus en confiance&#xa0;: oui %1 · non %2 · je ne sais pas %3</translation>
    </message>
    <message>
        <source>Summary of the event</source>
        <translation>Résumé de l’activité</translation>
    </message>
    <message>
        <source>At the end of the day, export the day&apos;s records for the office.</source>
        <translation>En fin de journée, exportez les données de la journée pour le bureau central.</translation>
    </message>
    <message>
        <source>End-of-day export…</source>
        <translation>Exportation de fin de journée…</translation>
    </message>
    <message>
        <source>Open the end-of-day export</source>
        <translation>Ouvrir l’exportation de fin de journée</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Event name</source>
        <translation>Nom de l’activité</translation>
    </message>
    <message>
        <source>e.g. Glengarry community BBQ</source>
        <translation>p. ex. BBQ communautaire Glengarry</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 10:00</source>
        <translation>HH:MM, ex. 10:00</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 14:00</source>
        <translation>HH:MM, ex. 14:00</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>housing site or address</source>
        <translation>ensemble résidentiel ou adresse</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>organisations taking part</source>
        <translation>organismes participants</translation>
    </message>
    <message>
        <source>Staff initials</source>
        <translation>Initiales du personnel</translation>
    </message>
    <message>
        <source>e.g. JT, MB</source>
        <translation>p. ex. JT, MB</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>anything the office should know</source>
        <translation>ce que le bureau central devrait savoir</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipalité</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>Pa&amp;rtenaires</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>Perso&amp;nnel</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Save event</source>
        <translation>Enregistrer l’activité</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>Vider le formulaire</translation>
    </message>
    <message>
        <source>Clear the form for a new event</source>
        <translation>Vider le formulaire pour une nouvelle activité</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifier l’activité</translation>
    </message>
</context>
<context>
    <name>EventModeScreen</name>
    <message>
        <source>Active event</source>
        <translation>Activité en cours</translation>
    </message>
    <message>
        <source>End event (Ctrl+E)</source>
        <translation>Terminer l’activité (Ctrl+E)</translation>
    </message>
    <message>
        <source>End event mode</source>
        <translation>Quitter le mode activité</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Plans handed out</source>
        <translation>Plans remis</translation>
    </message>
    <message>
        <source>More confident</source>
        <translation>Plus en confiance</translation>
    </message>
    <message>
        <source>Plans handed out, by plan</source>
        <translation>Plans remis, par plan</translation>
    </message>
    <message>
        <source>+1 attendee
(A)</source>
        <translation>+&#xa0;1 participant
(A)</translation>
    </message>
    <message>
        <source>Add one attendee</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>No plans in the catalogue: add some on the Plans page.</source>
        <translation>Aucun plan au catalogue&#xa0;: ajoutez-en à la page Plans.</translation>
    </message>
    <message>
        <source>Plan buttons</source>
        <translation>Boutons des plans</translation>
    </message>
    <message>
        <source>Yes (Y)</source>
        <translation>Oui (Y)</translation>
    </message>
    <message>
        <source>Answer: yes, more confident</source>
        <translation>Réponse&#xa0;: oui, plus en confiance</translation>
    </message>
    <message>
        <source>No (N)</source>
        <translation>Non (N)</translation>
    </message>
    <message>
        <source>Answer: no, not more confident</source>
        <translation>Réponse&#xa0;: non, pas plus en confiance</translation>
    </message>
    <message>
        <source>Not sure (U)</source>
        <translation>Je ne sais pas (U)</translation>
    </message>
    <message>
        <source>Answer: not sure</source>
        <translation>Réponse&#xa0;: je ne sais pas</translation>
    </message>
    <message>
        <source>Plan handed out:</source>
        <translation>Plan remis&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing recorded yet at this event.</source>
        <translation>Rien n’a encore été saisi pour cette activité.</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Annuler la dernière saisie (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last entry</source>
        <translation>Annuler la dernière saisie</translation>
    </message>
    <message>
        <source>Enter counts from a paper sheet (Ctrl+P)</source>
        <translation>Saisir les totaux d’une feuille papier (Ctrl+P)</translation>
    </message>
    <message>
        <source>Enter counts from a paper sheet</source>
        <translation>Saisir les totaux d’une feuille papier</translation>
    </message>
    <message>
        <source>Added the paper sheet: %s. Undo last (Ctrl+Z) takes it all back.</source>
        <translation>Feuille papier ajoutée&#xa0;: %s. Annuler la dernière saisie (Ctrl+Z) l’annule en entier.</translation>
    </message>
    <message>
        <source>Plan handed out: %s</source>
        <translation>Plan remis&#xa0;:&#xa0;%s</translation>
    </message>
    <message>
        <source>“%s” is cancelled; reinstate it before starting event mode.</source>
        <translation>«&#xa0;%s&#xa0;» est annulée; rétablissez-la avant de passer en mode activité.</translation>
    </message>
    <message>
        <source>Event mode: %s</source>
        <translation>Mode activité&#xa0;:&#xa0;%s</translation>
    </message>
    <message>
        <source>Last: %s %s</source>
        <translation>Dernière saisie&#xa0;:&#xa0;%s&#xa0;%s</translation>
    </message>
    <message>
        <source>ddd MMMM d</source>
        <comment>date in the event heading (Qt date format)</comment>
        <translation>ddd d MMMM</translation>
    </message>
    <message>
        <source>Attendees %1</source>
        <translation>Participants %1</translation>
    </message>
    <message>
        <source>Plans handed out %1</source>
        <translation>Plans remis %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>More confident: yes %1 · no %2 · not sure %3</source>
        <translation>Plus en confiance&#xa0;: oui %1 · non %2 · je ne sais pas %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handed out</source>
        <translation>
            <numerusform>%Ln remis</numerusform>
            <numerusform>%Ln remis</numerusform>
        </translation>
    </message>
    <message>
        <source>By plan: %s</source>
        <translation>Par plan&#xa0;:&#xa0;%s</translation>
    </message>
    <message>
        <source>By plan: none yet</source>
        <translation>Par plan&#xa0;: aucun pour l’instant</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>participant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendee(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>plan &quot;%s&quot;</source>
        <translation>plan «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>je ne sais pas</translation>
    </message>
    <message>
        <source>more confident: %s</source>
        <translation>plus en confiance&#xa0;:&#xa0;%s</translation>
    </message>
    <message>
        <source>Nothing to undo at this event.</source>
        <translation>Rien à annuler pour cette activité.</translation>
    </message>
    <message>
        <source>Undid the paper sheet: %s (%s)</source>
        <translation>Feuille papier annulée&#xa0;: %s (%s)</translation>
    </message>
    <message>
        <source>Undid %s %s</source>
        <translation>Saisie annulée&#xa0;:&#xa0;%s&#xa0;%s</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <source>Events</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Show &amp;past events</source>
        <translation>Afficher les activités &amp;passées</translation>
    </message>
    <message>
        <source>Show past events</source>
        <translation>Afficher les activités passées</translation>
    </message>
    <message>
        <source>▶ Start event mode</source>
        <translation>▶ Passer en mode activité</translation>
    </message>
    <message>
        <source>Start event mode for the selected event</source>
        <translation>Passer en mode activité pour l’activité sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Modif&amp;ier</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Modifier l’activité sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Cancel event</source>
        <translation>Annuler l’activi&amp;té</translation>
    </message>
    <message>
        <source>Cancel the selected event</source>
        <translation>Annuler l’activité sélectionnée</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>Nou&amp;velle activité</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>No events today or later. Fill in the form on the right (New event, Ctrl+N) or tick “Show past events”.</source>
        <translation>Aucune activité aujourd’hui ni plus tard. Remplissez le formulaire à droite (Nouvelle activité, Ctrl+N) ou cochez «&#xa0;Afficher les activités passées&#xa0;».</translation>
    </message>
    <message>
        <source>Today and upcoming events</source>
        <translation>Activités d’aujourd’hui et à venir</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Toutes les activités</translation>
    </message>
    <message>
        <source>Reinstate event</source>
        <translation>Rétablir l’activité</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Activité enregistrée.</translation>
    </message>
    <message>
        <source>Reinstated “%s”.</source>
        <translation>«&#xa0;%s&#xa0;» est rétablie.</translation>
    </message>
    <message>
        <source>Cancelled “%s”: it no longer counts in reports.</source>
        <translation>«&#xa0;%s&#xa0;» est annulée&#xa0;: elle ne compte plus dans les rapports.</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>Sélectionnez d’abord une activité.</translation>
    </message>
    <message>
        <source>“%s” is cancelled; reinstate it before starting event mode.</source>
        <translation>«&#xa0;%s&#xa0;» est annulée; rétablissez-la avant de passer en mode activité.</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Effacer définitivement…</translation>
    </message>
    <message>
        <source>Erase the selected event for good</source>
        <translation>Effacer définitivement l’activité sélectionnée</translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Outreach — welcome</source>
        <translation>Outreach — bienvenue</translation>
    </message>
    <message>
        <source>Outreach — name this laptop</source>
        <translation>Outreach — nommer cet ordinateur portable</translation>
    </message>
    <message>
        <source>Welcome to Outreach. Give this laptop a name the office will recognise (e.g. “Windsor laptop 2”) and the municipality it usually works in.</source>
        <translation>Bienvenue dans Outreach. Donnez à cet ordinateur portable un nom que le bureau central reconnaîtra (p. ex. «&#xa0;Portable Windsor 2&#xa0;») et indiquez la municipalité où il sert habituellement.</translation>
    </message>
    <message>
        <source>Name of this laptop</source>
        <translation>Nom de cet ordinateur portable</translation>
    </message>
    <message>
        <source>e.g. Windsor</source>
        <translation>p. ex. Windsor</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Municipalité d’attache</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier des données</translation>
    </message>
    <message>
        <source>&amp;Laptop name</source>
        <translation>Nom de l’&amp;ordinateur</translation>
    </message>
    <message>
        <source>Home &amp;municipality</source>
        <translation>&amp;Municipalité d’attache</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>&amp;Dossier des données</translation>
    </message>
    <message>
        <source>The database file is kept here; back this folder up.</source>
        <translation>Le fichier de la base de données est conservé ici; sauvegardez ce dossier.</translation>
    </message>
    <message>
        <source>&amp;Start using Outreach</source>
        <translation>&amp;Commencer à utiliser Outreach</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Try with demo data</source>
        <translation>&amp;Essayer avec des données de démonstration</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Essayer avec des données de démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Outreach — data folder</source>
        <translation>Outreach — dossier des données</translation>
    </message>
    <message>
        <source>choose a data folder for the database</source>
        <translation>choisissez un dossier des données pour la base de données</translation>
    </message>
    <message>
        <source>Add municipality “%1”?

It is not one of the known municipalities. Check the spelling: once added it is offered in every list.</source>
        <translation>Ajouter la municipalité «&#xa0;%1&#xa0;»?

Elle ne fait pas partie des municipalités connues. Vérifiez l’orthographe&#xa0;: une fois ajoutée, elle est offerte dans toutes les listes.</translation>
    </message>
    <message>
        <source>Outreach — new municipality</source>
        <translation>Outreach — nouvelle municipalité</translation>
    </message>
</context>
<context>
    <name>Flyer</name>
    <message>
        <source>Scan the QR code to take the survey</source>
        <translation>Balayez le code QR pour répondre au sondage</translation>
    </message>
    <message>
        <source>Scan to take the survey</source>
        <translation>Balayez pour répondre au sondage</translation>
    </message>
    <message>
        <source>Open until {date}</source>
        <translation>Ouvert jusqu’au {date}</translation>
    </message>
    <message>
        <source>Or visit:</source>
        <translation>Ou visitez&#xa0;:</translation>
    </message>
    <message>
        <source>Neighbourhood safety plan</source>
        <translation>Plan de sécurité de quartier</translation>
    </message>
    <message>
        <source>Services in your area</source>
        <translation>Services dans votre secteur</translation>
    </message>
    <message>
        <source>Emergency: call 911</source>
        <translation>Urgence&#xa0;: composez le 911</translation>
    </message>
    <message>
        <source>You told us…</source>
        <translation>Vous nous avez dit…</translation>
    </message>
    <message>
        <source>Scan for this plan online</source>
        <translation>Balayez le code pour le plan en ligne</translation>
    </message>
    <message>
        <source>Version {version} · {date}</source>
        <translation>Version {version} · {date}</translation>
    </message>
    <message>
        <source>Draft: not published</source>
        <translation>Ébauche&#xa0;: non publiée</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Postal areas: {areas}</source>
        <translation>Codes postaux&#xa0;: {areas}</translation>
    </message>
</context>
<context>
    <name>FlyerDropsPanel</name>
    <message>
        <source>Where flyers were left</source>
        <translation>Où les dépliants ont été déposés</translation>
    </message>
    <message>
        <source>Drop source tag</source>
        <translation>Étiquette de provenance du dépôt</translation>
    </message>
    <message>
        <source>Source tag</source>
        <translation>Étiquette de provenance</translation>
    </message>
    <message>
        <source>e.g. Leamington library</source>
        <translation>p. ex. bibliothèque de Leamington</translation>
    </message>
    <message>
        <source>Drop place</source>
        <translation>Lieu du dépôt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Number of flyers</source>
        <translation>Nombre de dépliants</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>Dépliants</translation>
    </message>
    <message>
        <source>Drop date</source>
        <translation>Date du dépôt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Drop municipality</source>
        <translation>Municipalité du dépôt</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>Record drop</source>
        <translation>Enregistrer le dépôt</translation>
    </message>
    <message>
        <source>Recorded flyer drops</source>
        <translation>Dépôts de dépliants enregistrés</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Void selected drop</source>
        <translation>Annuler le dépôt sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %Ln flyer(s) at %2.</source>
        <translation>
            <numerusform>%Ln dépliant enregistré à %2.</numerusform>
            <numerusform>%Ln dépliants enregistrés à %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a drop in the table first.</source>
        <translation>Sélectionnez d’abord un dépôt dans le tableau.</translation>
    </message>
    <message>
        <source>Drop voided.</source>
        <translation>Dépôt annulé.</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Effacer définitivement…</translation>
    </message>
    <message>
        <source>Erase the selected drop for good</source>
        <translation>Effacer définitivement le dépôt sélectionné</translation>
    </message>
</context>
<context>
    <name>FlyersScreen</name>
    <message>
        <source>Saved survey</source>
        <translation>Sondage enregistré</translation>
    </message>
    <message>
        <source>Survey link</source>
        <translation>Lien du sondage</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Ouvert jusqu’au</translation>
    </message>
    <message>
        <source>Has a closing date</source>
        <translation>A une date de clôture</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>This closing date has passed: the flyer will still say the survey is open.</source>
        <translation>Cette date de clôture est passée&#xa0;: le dépliant indiquera quand même que le sondage est ouvert.</translation>
    </message>
    <message>
        <source>Questions? phone or email</source>
        <translation>Des questions? téléphone ou courriel</translation>
    </message>
    <message>
        <source>Contact line</source>
        <translation>Ligne de contact</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Poster (1 a page)</source>
        <translation>Affiche (1 par page)</translation>
    </message>
    <message>
        <source>Handout (4 a page)</source>
        <translation>Feuillet (4 par page)</translation>
    </message>
    <message>
        <source>Cards (10 a page)</source>
        <translation>Cartes (10 par page)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Copies of each</source>
        <translation>Copies de chacun</translation>
    </message>
    <message>
        <source>Source tags</source>
        <translation>Étiquettes de provenance</translation>
    </message>
    <message>
        <source>Flyer message</source>
        <translation>Message sur le dépliant</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>The flyer cannot be saved yet: see the message.</source>
        <translation>Le dépliant ne peut pas encore être enregistré&#xa0;: voyez le message.</translation>
    </message>
    <message>
        <source>Flyer</source>
        <translation>Dépliant</translation>
    </message>
    <message>
        <source>Preview appears here</source>
        <translation>L’aperçu s’affiche ici</translation>
    </message>
    <message>
        <source>Flyer preview</source>
        <translation>Aperçu du dépliant</translation>
    </message>
    <message>
        <source>e.g. library</source>
        <translation>p. ex. bibliothèque</translation>
    </message>
    <message>
        <source>New source tag</source>
        <translation>Nouvelle étiquette de provenance</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add source tag</source>
        <translation>Ajouter l’étiquette de provenance</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove selected source tag</source>
        <translation>Retirer l’étiquette de provenance sélectionnée</translation>
    </message>
    <message>
        <source>One QR code per tag, its link ending in src=TAG. No tags: one untracked code.</source>
        <translation>Un code QR par étiquette, dont le lien se termine par src=ÉTIQUETTE. Sans étiquette&#xa0;: un seul code non suivi.</translation>
    </message>
    <message>
        <source>Source tag &apos;%1&apos; is already in the list.</source>
        <translation>L’étiquette de provenance «&#xa0;%1&#xa0;» est déjà dans la liste.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>(type a link below)</source>
        <translation>(tapez un lien ci-dessous)</translation>
    </message>
    <message>
        <source>Type the survey link and a title to see the flyer.</source>
        <translation>Tapez le lien du sondage et un titre pour voir le dépliant.</translation>
    </message>
    <message>
        <source>Save flyers as PDF</source>
        <translation>Enregistrer les dépliants en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln flyer(s) on %2 to %3</source>
        <translation>
            <numerusform>%Ln dépliant enregistré sur %2 dans %3</numerusform>
            <numerusform>%Ln dépliants enregistrés sur %2 dans %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideForm</name>
    <message>
        <source>Outreach — question guide</source>
        <translation>Outreach — guide de questions</translation>
    </message>
    <message>
        <source>Guide name</source>
        <translation>Nom du guide</translation>
    </message>
    <message>
        <source>Questions in English, one a line</source>
        <translation>Questions en anglais, une par ligne</translation>
    </message>
    <message>
        <source>Questions in French, one a line</source>
        <translation>Questions en français, une par ligne</translation>
    </message>
    <message>
        <source>Start from the &amp;template</source>
        <translation>Partir du &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>In &amp;English</source>
        <translation>En &amp;anglais</translation>
    </message>
    <message>
        <source>In &amp;French</source>
        <translation>En &amp;français</translation>
    </message>
    <message>
        <source>Question %1 repeats question %2 word for word.</source>
        <translation>La question %1 reprend mot pour mot la question %2.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Close the guide</source>
        <translation>Fermer le guide</translation>
    </message>
</context>
<context>
    <name>ImportDetails</name>
    <message>
        <source>devices</source>
        <translation>appareils</translation>
    </message>
    <message>
        <source>municipalities</source>
        <translation>municipalités</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>lieux</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>plans</translation>
    </message>
    <message>
        <source>events</source>
        <translation>activités</translation>
    </message>
    <message>
        <source>surveys</source>
        <translation>sondages</translation>
    </message>
    <message>
        <source>tally_entries</source>
        <translation>saisies</translation>
    </message>
    <message>
        <source>voids</source>
        <translation>annulations</translation>
    </message>
    <message>
        <source>baselines</source>
        <translation>données de référence</translation>
    </message>
    <message>
        <source>flyer_drops</source>
        <translation>dépôts de dépliants</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>bundle #%1 from %2 (%3)</source>
        <translation>lot n°&#xa0;%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 is this installation&apos;s own bundle; nothing to import</source>
        <translation>%1&#xa0;: %2 est un lot de cette installation; rien à importer</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>no dated records</source>
        <translation>aucun enregistrement daté</translation>
    </message>
    <message>
        <source>%1 %2 new</source>
        <translation>%1&#xa0;: +%2</translation>
    </message>
    <message>
        <source> %1 updated</source>
        <translation>, modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>would add %1</source>
        <translation>ajouterait %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ajouté %1</translation>
    </message>
    <message>
        <source>would change nothing</source>
        <translation>ne changerait rien</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source> (already imported)</source>
        <translation> (déjà importé)</translation>
    </message>
    <message>
        <source>%1: %2, %3: %4; %5 unchanged%6</source>
        <translation>%1&#xa0;: %2, %3&#xa0;: %4; sans changement&#xa0;: %5%6</translation>
    </message>
    <message>
        <source>Refused for now: first bundle from “%1”. Compare its key, then press Accept a device&apos;s key…</source>
        <translation>Refusé pour l’instant&#xa0;: premier lot de «&#xa0;%1&#xa0;». Comparez sa clé, puis appuyez sur Accepter la clé d’un appareil…</translation>
    </message>
    <message>
        <source>Refused for now: “%1” signs with a new key. Check it, then press Accept a device&apos;s key…</source>
        <translation>Refusé pour l’instant&#xa0;: «&#xa0;%1&#xa0;» signe avec une nouvelle clé. Vérifiez-la, puis appuyez sur Accepter la clé d’un appareil…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing new: this is this laptop&apos;s own bundle</source>
        <translation>Rien de nouveau&#xa0;: c’est le lot de cet ordinateur portable</translation>
    </message>
    <message>
        <source>Already imported: nothing new</source>
        <translation>Déjà importé&#xa0;: rien de nouveau</translation>
    </message>
    <message>
        <source>Nothing new: every record is already here</source>
        <translation>Rien de nouveau&#xa0;: tous les enregistrements sont déjà ici</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln saisie</numerusform>
            <numerusform>%Ln saisies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other record(s)</source>
        <translation>
            <numerusform>%Ln autre enregistrement</numerusform>
            <numerusform>%Ln autres enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: would import %1</source>
        <translation>Aperçu&#xa0;: importerait %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>project_steps</source>
        <translation>étapes du projet</translation>
    </message>
    <message>
        <source>trainings</source>
        <translation>formations</translation>
    </message>
    <message>
        <source>training_attendance</source>
        <translation>présences aux formations</translation>
    </message>
    <message>
        <source>training_ratings</source>
        <translation>notes d’autoévaluation</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <source>Import bundles</source>
        <translation>Importer des lots</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add bundle files</source>
        <translation>Ajouter des fichiers de lot</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Add every bundle of a folder</source>
        <translation>Ajouter tous les lots d’un dossier</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Clear the list of files</source>
        <translation>Vider la liste des fichiers</translation>
    </message>
    <message>
        <source>office identity file, for encrypted bundles</source>
        <translation>fichier d’identité du bureau central, pour les lots chiffrés</translation>
    </message>
    <message>
        <source>Office identity file</source>
        <translation>Fichier d’identité du bureau central</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the office identity file</source>
        <translation>Choisir le fichier d’identité du bureau central</translation>
    </message>
    <message>
        <source>Accept a device&apos;s key…</source>
        <translation>Accepter la clé d’un appareil…</translation>
    </message>
    <message>
        <source>Compare and accept the signing key of a new or re-installed device</source>
        <translation>Comparer et accepter la clé de signature d’un appareil nouveau ou réinstallé</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview what would change, writing nothing</source>
        <translation>Voir ce qui changerait, sans rien écrire</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import the files</source>
        <translation>Importer les fichiers</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>Result per file</source>
        <translation>Résultat par fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Devices and their bundles</source>
        <translation>Appareils et leurs lots</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Dernier lot</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Dernière importation</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Import bundles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Importer des lots&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Bundle files</source>
        <translation>Fichiers de lot</translation>
    </message>
    <message>
        <source>Outreach bundles (*.outreach.zip *.age *.zip);;All files (*)</source>
        <translation>Lots Outreach (*.outreach.zip *.age *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Folder of bundles</source>
        <translation>Dossier de lots</translation>
    </message>
    <message>
        <source>Add bundle files first.</source>
        <translation>Ajoutez d’abord des fichiers de lot.</translation>
    </message>
    <message>
        <source>This computer&apos;s own key, for that device to compare:

%1</source>
        <translation>La clé de cet ordinateur, à comparer de l’autre côté&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Accept a new device?</source>
        <translation>Accepter un nouvel appareil?</translation>
    </message>
    <message>
        <source>The first bundle from “%1” (%2) is signed with the key:

%3

Accept it only if that device shows the same key (its Settings page, “Signing key”).</source>
        <translation>Le premier lot de «&#xa0;%1&#xa0;» (%2) est signé avec la clé&#xa0;:

%3

Acceptez-la seulement si cet appareil montre la même clé (sa page Paramètres, «&#xa0;Clé de signature&#xa0;»).</translation>
    </message>
    <message>
        <source>Accept a new signing key?</source>
        <translation>Accepter une nouvelle clé de signature?</translation>
    </message>
    <message>
        <source>Bundles from laptop “%1” (%2) are signed with a new key:

%3

Accept it only if that laptop shows the same key (its Settings page, “Signing key”). Its older key is then refused for its later bundles.</source>
        <translation>Les lots de l’ordinateur portable «&#xa0;%1&#xa0;» (%2) sont signés avec une nouvelle clé&#xa0;:

%3

Acceptez-la seulement si cet ordinateur portable affiche la même clé (page Paramètres, «&#xa0;Clé de signature&#xa0;»). Son ancienne clé est ensuite refusée pour ses lots suivants.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source> (this computer)</source>
        <translation> (cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Set status</source>
        <translation>&amp;Définir l’état</translation>
    </message>
    <message>
        <source>Only who has not ans&amp;wered</source>
        <translation>Seulement ceux qui n’ont &amp;pas répondu</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>%1 invited: %2 confirmed, %3 attended, %4 declined, %5 not answered.</source>
        <translation>Invités&#xa0;: %1; confirmés&#xa0;: %2; présents&#xa0;: %3; refus&#xa0;: %4; sans réponse&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Sectors not yet heard from: </source>
        <translation>Secteurs pas encore entendus&#xa0;: </translation>
    </message>
    <message>
        <source>Pick an organisation (add new ones on the Stakeholders page).</source>
        <translation>Choisissez un organisme (ajoutez-en sur la page Parties prenantes).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Events</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>Dépliants</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>How to run an &amp;event day</source>
        <translation>Déroulement d’une journée d’&amp;activité</translation>
    </message>
    <message>
        <source>&amp;About Outreach</source>
        <translation>À &amp;propos d’Outreach</translation>
    </message>
    <message>
        <source>Laptop and database</source>
        <translation>Ordinateur portable et base de données</translation>
    </message>
    <message>
        <source>Event mode ended; every entry is saved.</source>
        <translation>Mode activité terminé; toutes les saisies sont enregistrées.</translation>
    </message>
    <message>
        <source>Office: %s · %s</source>
        <translation>Bureau central&#xa0;:&#xa0;%s ·&#xa0;%s</translation>
    </message>
    <message>
        <source>Laptop: %s · %s</source>
        <translation>Ordinateur portable&#xa0;:&#xa0;%s ·&#xa0;%s</translation>
    </message>
    <message>
        <source>This laptop is now called “%s”.</source>
        <translation>Cet ordinateur portable s’appelle maintenant «&#xa0;%s&#xa0;».</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Sauvegarde faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Non restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source> The previous file is kept as %1.</source>
        <translation> Le fichier précédent est conservé sous %1.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Restaurée à partir de %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Now using %1.</source>
        <translation>Base de données utilisée maintenant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty folder or open that database instead.</source>
        <translation>%1 existe déjà; choisissez un dossier vide ou ouvrez plutôt cette base de données.</translation>
    </message>
    <message>
        <source>The database is now %1. The old file %2 is left in place: delete it once you are sure.</source>
        <translation>La base de données est maintenant %1. L’ancien fichier %2 est resté en place&#xa0;: supprimez-le quand vous en serez sûr.</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Sondages</translation>
    </message>
    <message>
        <source>&amp;Privacy: what Outreach keeps</source>
        <translation>&amp;Confidentialité&#xa0;: ce qu’Outreach conserve</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Plans de sécurité</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesPanel</name>
    <message>
        <source>Municipalities</source>
        <translation>Municipalités</translation>
    </message>
    <message>
        <source>A municipality no event uses (a typo since corrected) can be retired: it leaves the lists, its history stays.</source>
        <translation>Une municipalité qu’aucune activité n’utilise (une faute de frappe corrigée depuis) peut être retirée&#xa0;: elle quitte les listes, son historique est conservé.</translation>
    </message>
    <message>
        <source>Retire municipality</source>
        <translation>Retirer la municipalité</translation>
    </message>
    <message>
        <source>Retire the selected municipality</source>
        <translation>Retirer la municipalité sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Undo the last change to a municipality</source>
        <translation>Annuler le dernier changement apporté à une municipalité</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Remettre en usage</translation>
    </message>
    <message>
        <source>Bring back the selected municipality</source>
        <translation>Remettre en usage la municipalité sélectionnée</translation>
    </message>
    <message>
        <source>Retired “%1”: it leaves the lists, its history stays.</source>
        <translation>«&#xa0;%1&#xa0;» est retirée&#xa0;: elle quitte les listes, son historique est conservé.</translation>
    </message>
    <message>
        <source>“%1” is offered in the lists again.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau offerte dans les listes.</translation>
    </message>
    <message>
        <source>Undone: “%1” is in the lists again.</source>
        <translation>Annulé&#xa0;: «&#xa0;%1&#xa0;» est de nouveau dans les listes.</translation>
    </message>
    <message>
        <source>Undone: “%1” is retired again.</source>
        <translation>Annulé&#xa0;: «&#xa0;%1&#xa0;» est de nouveau retirée.</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesTableModel</name>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Dans les listes</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <source>pick or type a municipality</source>
        <translation>choisissez ou tapez une municipalité</translation>
    </message>
    <message>
        <source>Municipality “%1” was retired. Use it again?</source>
        <translation>La municipalité «&#xa0;%1&#xa0;» a été retirée. L’utiliser de nouveau?</translation>
    </message>
    <message>
        <source>Add municipality “%1”?

It is not one of the known municipalities. Check the spelling: once added it is offered in every list and travels to the office with this laptop&apos;s work.</source>
        <translation>Ajouter la municipalité «&#xa0;%1&#xa0;»?

Elle ne fait pas partie des municipalités connues. Vérifiez l’orthographe&#xa0;: une fois ajoutée, elle est offerte dans toutes les listes et part au bureau central avec le travail de cet ordinateur portable.</translation>
    </message>
    <message>
        <source>Outreach — new municipality</source>
        <translation>Outreach — nouvelle municipalité</translation>
    </message>
</context>
<context>
    <name>PaperCountsPanel</name>
    <message>
        <source>Counts from a paper sheet</source>
        <translation>Totaux d’une feuille papier</translation>
    </message>
    <message>
        <source>Attendees from the paper sheet</source>
        <translation>Participants selon la feuille papier</translation>
    </message>
    <message>
        <source>More confident: yes, from the paper sheet</source>
        <translation>Plus en confiance&#xa0;: oui, selon la feuille papier</translation>
    </message>
    <message>
        <source>More confident: no, from the paper sheet</source>
        <translation>Plus en confiance&#xa0;: non, selon la feuille papier</translation>
    </message>
    <message>
        <source>More confident: not sure, from the paper sheet</source>
        <translation>Plus en confiance&#xa0;: je ne sais pas, selon la feuille papier</translation>
    </message>
    <message>
        <source>Add these counts to the event</source>
        <translation>Ajouter ces totaux à l’activité</translation>
    </message>
    <message>
        <source>Type the totals from the sheet; leave empty where there is nothing to add. Enter goes to the next field; Add (Ctrl+Enter) adds them.</source>
        <translation>Tapez les totaux de la feuille; laissez vide s’il n’y a rien à ajouter. Entrée passe au champ suivant; Ajouter (Ctrl+Entrée) les ajoute.</translation>
    </message>
    <message>
        <source>What the sheet will add</source>
        <translation>Ce que la feuille ajoutera</translation>
    </message>
    <message>
        <source>Add these counts (Ctrl+Enter)</source>
        <translation>Ajouter ces totaux (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close the paper sheet panel</source>
        <translation>Fermer le panneau de la feuille papier</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Plan %s handed out, from the paper sheet</source>
        <translation>Plan&#xa0;%s remis, selon la feuille papier</translation>
    </message>
    <message>
        <source>Plan “%s”</source>
        <translation>Plan «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>More confident: yes</source>
        <translation>Plus en confiance&#xa0;: oui</translation>
    </message>
    <message>
        <source>More confident: no</source>
        <translation>Plus en confiance&#xa0;: non</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Will add: %s</source>
        <translation>À ajouter&#xa0;: %s</translation>
    </message>
    <message>
        <source>Nothing to add yet.</source>
        <translation>Rien à ajouter pour l’instant.</translation>
    </message>
    <message>
        <source>Nothing to add: every count is 0.</source>
        <translation>Rien à ajouter&#xa0;: tous les totaux sont à 0.</translation>
    </message>
    <message>
        <source>Add %1? That is more than %2 for one event.</source>
        <translation>Ajouter %1? C’est plus de %2 pour une seule activité.</translation>
    </message>
    <message>
        <source>Add %1? Each is more than %2 for one event.</source>
        <translation>Ajouter %1? Chacun dépasse %2 pour une seule activité.</translation>
    </message>
    <message>
        <source>Outreach — large count</source>
        <translation>Outreach — total élevé</translation>
    </message>
    <message>
        <source>Outreach — paper sheet</source>
        <translation>Outreach — feuille papier</translation>
    </message>
    <message>
        <source>Close the paper sheet without adding its counts?</source>
        <translation>Fermer la feuille papier sans ajouter ses totaux?</translation>
    </message>
</context>
<context>
    <name>PersonalDataNote</name>
    <message>
        <source>Mask it</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Mask the personal data in this field</source>
        <translation>Masquer les renseignements personnels de ce champ</translation>
    </message>
    <message>
        <source>Keep, it is not about a resident</source>
        <translation>Conserver (pas une personne résidente)</translation>
    </message>
    <message>
        <source>Keep this text: it is not about a resident</source>
        <translation>Conserver ce texte&#xa0;: il ne concerne pas une personne résidente</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>une adresse courriel</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un numéro de téléphone</translation>
    </message>
    <message>
        <source>an apartment or unit number</source>
        <translation>un numéro d’appartement ou de logement</translation>
    </message>
    <message>
        <source>a person&apos;s name</source>
        <translation>le nom d’une personne</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>This looks like %1. Outreach keeps no resident&apos;s identity: mask it, or keep it only if it is not about a resident.</source>
        <translation>Ceci ressemble à %1. Outreach ne conserve l’identité d’aucune personne résidente&#xa0;: masquez-le, ou conservez-le seulement s’il ne concerne pas une personne résidente.</translation>
    </message>
    <message>
        <source>Choose “Mask it” or “Keep” in the yellow note first.</source>
        <translation>Choisissez d’abord «&#xa0;Masquer&#xa0;» ou «&#xa0;Conserver&#xa0;» dans la note jaune.</translation>
    </message>
</context>
<context>
    <name>PlanContactsScreen</name>
    <message>
        <source>Contacts directory</source>
        <translation>Répertoire des ressources</translation>
    </message>
    <message>
        <source>Contacts for safety plans</source>
        <translation>Ressources des plans de sécurité</translation>
    </message>
    <message>
        <source>Each contact is a service of an organisation; plans show the contacts their steps name and the services of their area.</source>
        <translation>Chaque ressource est un service d’un organisme; les plans montrent les ressources nommées dans leurs étapes et les services de leur secteur.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>found or added by name</source>
        <translation>trouvé ou ajouté par son nom</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>e.g. Crisis line</source>
        <translation>p. ex. Ligne de crise</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>e.g. 519-555-0123</source>
        <translation>p. ex. 519-555-0123</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>e.g. 24/7</source>
        <translation>p. ex. 24 h sur 24, 7 jours sur 7</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page Web</translation>
    </message>
    <message>
        <source>Areas served, separated by ;</source>
        <translation>Secteurs desservis, séparés par des points-virgules</translation>
    </message>
    <message>
        <source>e.g. Leamington; N8H</source>
        <translation>p. ex. Leamington; N8H</translation>
    </message>
    <message>
        <source>&amp;Emergency service</source>
        <translation>Service d’&amp;urgence</translation>
    </message>
    <message>
        <source>Emergency service</source>
        <translation>Service d’urgence</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>Ajouter la &amp;ressource</translation>
    </message>
    <message>
        <source>Add the contact</source>
        <translation>Ajouter la ressource</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Enregistrer les &amp;modifications</translation>
    </message>
    <message>
        <source>Save changes to the selected contact</source>
        <translation>Enregistrer les modifications de la ressource choisie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>&amp;Web page</source>
        <translation>Page &amp;Web</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>Areas serve&amp;d</source>
        <translation>Secteurs de&amp;sservis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Select a contact in the list first.</source>
        <translation>Choisissez d’abord une ressource dans la liste.</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Ressource ajoutée.</translation>
    </message>
    <message>
        <source>Outreach — change a contact in published plans</source>
        <translation>Outreach — modifier une ressource de plans publiés</translation>
    </message>
    <message>
        <source>“%1” is in these published plans: %2. The change will show in their next versions. Save it?</source>
        <translation>«&#xa0;%1&#xa0;» figure dans ces plans publiés&#xa0;: %2. La modification paraîtra dans leurs prochaines versions. L’enregistrer?</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Ressource enregistrée.</translation>
    </message>
</context>
<context>
    <name>PlansChart</name>
    <message>
        <source>Chart: plans per event over time</source>
        <translation>Graphique&#xa0;: plans par activité au fil du temps</translation>
    </message>
    <message>
        <source>Plans handed out at each event</source>
        <translation>Plans remis à chaque activité</translation>
    </message>
    <message>
        <source>Plans per event, by week</source>
        <translation>Plans par activité, par semaine</translation>
    </message>
    <message>
        <source>Plans per event, by month</source>
        <translation>Plans par activité, par mois</translation>
    </message>
    <message>
        <source>No events in this range</source>
        <translation>Aucune activité dans cette période</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
</context>
<context>
    <name>PlansScreen</name>
    <message>
        <source>Plan catalogue</source>
        <translation>Catalogue des plans</translation>
    </message>
    <message>
        <source>Each plan in use gets a button in event mode. Retired plans keep their history.</source>
        <translation>Chaque plan en usage a un bouton en mode activité. Les plans retirés gardent leur historique.</translation>
    </message>
    <message>
        <source>New plan name</source>
        <translation>Nom du nouveau plan</translation>
    </message>
    <message>
        <source>e.g. Glengarry</source>
        <translation>p. ex. Glengarry</translation>
    </message>
    <message>
        <source>Area of the new plan</source>
        <translation>Secteur du nouveau plan</translation>
    </message>
    <message>
        <source>neighbourhood or town</source>
        <translation>quartier ou ville</translation>
    </message>
    <message>
        <source>Language of the new plan</source>
        <translation>Langue du nouveau plan</translation>
    </message>
    <message>
        <source>en, fr, …</source>
        <translation>en, fr, …</translation>
    </message>
    <message>
        <source>&amp;Add plan</source>
        <translation>A&amp;jouter le plan</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>Ajouter le plan</translation>
    </message>
    <message>
        <source>Add a plan</source>
        <translation>Ajouter un plan</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>New name for the selected plan</source>
        <translation>Nouveau nom du plan sélectionné</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>nouveau nom</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Rename the selected plan</source>
        <translation>Renommer le plan sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Retire the selected plan</source>
        <translation>Retirer le plan sélectionné</translation>
    </message>
    <message>
        <source>Short name of the selected plan on the event screen</source>
        <translation>Nom court du plan sélectionné à l’écran d’activité</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Save sh&amp;ort name</source>
        <translation>Enregistrer le nom c&amp;ourt</translation>
    </message>
    <message>
        <source>Save the short name of the selected plan</source>
        <translation>Enregistrer le nom court du plan sélectionné</translation>
    </message>
    <message>
        <source>Selected plan</source>
        <translation>Plan sélectionné</translation>
    </message>
    <message>
        <source>New na&amp;me</source>
        <translation>Nouveau no&amp;m</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Select a plan in the list first.</source>
        <translation>Sélectionnez d’abord un plan dans la liste.</translation>
    </message>
    <message>
        <source>Event-screen buttons show the short name; the full name stays in reports.</source>
        <translation>Les boutons de l’écran d’activité affichent le nom court; le nom complet reste dans les rapports.</translation>
    </message>
    <message>
        <source>The full name is long for an event-screen button; the short name suggested here is saved only when you press Save short name.</source>
        <translation>Le nom complet est long pour un bouton de l’écran d’activité; le nom court suggéré ici n’est enregistré que lorsque vous appuyez sur Enregistrer le nom court.</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Reinstate the selected plan</source>
        <translation>Rétablir le plan sélectionné</translation>
    </message>
    <message>
        <source>Added plan “%s”.</source>
        <translation>Plan «&#xa0;%s&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>“%s” is already in the catalogue (now in use).</source>
        <translation>«&#xa0;%s&#xa0;» est déjà au catalogue (maintenant en usage).</translation>
    </message>
    <message>
        <source>Added plan “%1”. Its name is long for an event-screen button: a short name such as “%2” can be saved under Selected plan.</source>
        <translation>Plan «&#xa0;%1&#xa0;» ajouté. Son nom est long pour un bouton de l’écran d’activité&#xa0;: un nom court comme «&#xa0;%2&#xa0;» peut être enregistré sous Plan sélectionné.</translation>
    </message>
    <message>
        <source>Renamed “%s” to “%s”; its history follows.</source>
        <translation>«&#xa0;%s&#xa0;» renommé «&#xa0;%s&#xa0;»; son historique suit.</translation>
    </message>
    <message>
        <source>Event-screen buttons now show “%1” for “%2”.</source>
        <translation>Les boutons de l’écran d’activité affichent maintenant «&#xa0;%1&#xa0;» pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Event-screen buttons show the full name of “%s”.</source>
        <translation>Les boutons de l’écran d’activité affichent le nom complet de «&#xa0;%s&#xa0;».</translation>
    </message>
    <message>
        <source>Retired “%s”: no button in event mode, history kept.</source>
        <translation>«&#xa0;%s&#xa0;» retiré&#xa0;: plus de bouton en mode activité, historique conservé.</translation>
    </message>
    <message>
        <source>“%s” is in use again.</source>
        <translation>«&#xa0;%s&#xa0;» est de nouveau en usage.</translation>
    </message>
</context>
<context>
    <name>PlansTableModel</name>
    <message>
        <source>In use</source>
        <translation>En usage</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>PrivacyHelp</name>
    <message>
        <source>Outreach — privacy</source>
        <translation>Outreach — confidentialité</translation>
    </message>
    <message>
        <source>Privacy: what Outreach keeps</source>
        <translation>Confidentialité&#xa0;: ce qu’Outreach conserve</translation>
    </message>
</context>
<context>
    <name>ProjectScreen</name>
    <message>
        <source>%1 (done %2)</source>
        <translation>%1 (réalisée le %2)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>What the working group hears about: the project, its steps, and an update written from the figures of the Reports screen.</source>
        <translation>Ce que le groupe de travail apprend&#xa0;: le projet, ses étapes et une mise à jour rédigée à partir des chiffres de l’écran Rapports.</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>Page du projet</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>what the project is for</source>
        <translation>à quoi sert le projet</translation>
    </message>
    <message>
        <source>Key activities, one a line</source>
        <translation>Activités clés, une par ligne</translation>
    </message>
    <message>
        <source>one activity a line</source>
        <translation>une activité par ligne</translation>
    </message>
    <message>
        <source>Action items for working-group members, one a line</source>
        <translation>Suivis pour les membres du groupe de travail, un par ligne</translation>
    </message>
    <message>
        <source>one action item a line</source>
        <translation>un suivi par ligne</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>&amp;Key activities</source>
        <translation>Activités &amp;clés</translation>
    </message>
    <message>
        <source>Action &amp;items</source>
        <translation>&amp;Suivis</translation>
    </message>
    <message>
        <source>&amp;Save project page</source>
        <translation>Enregistrer la pa&amp;ge du projet</translation>
    </message>
    <message>
        <source>Save project page</source>
        <translation>Enregistrer la page du projet</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Tick a step when it is done: it is dated today. Done steps show under Steps completed in an update, the others under Next steps. Double-click a step to reword it.</source>
        <translation>Cochez une étape quand elle est réalisée&#xa0;: elle est datée d’aujourd’hui. Dans une mise à jour, les étapes réalisées figurent sous Étapes réalisées, les autres sous Prochaines étapes. Double-cliquez sur une étape pour la reformuler.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>e.g. Reach out to stakeholders for focus groups</source>
        <translation>p. ex. Joindre les intervenants pour les groupes de discussion</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Ajou&amp;ter l’étape</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter l’étape</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Retirer l’étape</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Retirer l’étape sélectionnée</translation>
    </message>
    <message>
        <source>Update saved: %1</source>
        <translation>Mise à jour enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Project page saved.</source>
        <translation>Page du projet enregistrée.</translation>
    </message>
    <message>
        <source>Step added.</source>
        <translation>Étape ajoutée.</translation>
    </message>
    <message>
        <source>Select a step in the list first.</source>
        <translation>Sélectionnez d’abord une étape dans la liste.</translation>
    </message>
    <message>
        <source>Step removed.</source>
        <translation>Étape retirée.</translation>
    </message>
    <message>
        <source>Activity the step is about</source>
        <translation>Activité visée par l’étape</translation>
    </message>
    <message>
        <source>(any activity)</source>
        <translation>(toute activité)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>Dépliants</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Plans de sécurité</translation>
    </message>
</context>
<context>
    <name>PurgeAction</name>
    <message>
        <source>Erase “%1” for good? It goes from this laptop and its backups now, and from the office at the next sync. This cannot be undone: to stop it counting, void it instead.</source>
        <translation>Effacer définitivement «&#xa0;%1&#xa0;»? L’enregistrement disparaît de cet ordinateur portable et de ses sauvegardes maintenant, et du bureau central à la prochaine synchronisation. C’est irréversible&#xa0;: pour qu’il ne compte plus, annulez-le plutôt.</translation>
    </message>
    <message>
        <source>Erase “%1” for good, with its %2? It goes from this laptop and its backups now, and from the office at the next sync. This cannot be undone: to stop it counting, void it instead.</source>
        <translation>Effacer définitivement «&#xa0;%1&#xa0;», avec ses %2? L’enregistrement disparaît de cet ordinateur portable et de ses sauvegardes maintenant, et du bureau central à la prochaine synchronisation. C’est irréversible&#xa0;: pour qu’il ne compte plus, annulez-le plutôt.</translation>
    </message>
    <message>
        <source>Erase “%1” for good? Its %2 and %3 go with it, from this laptop and its backups now, and from the office at the next sync. This cannot be undone: to stop an event counting, cancel it instead.</source>
        <translation>Effacer définitivement «&#xa0;%1&#xa0;»? Ses %2 et ses %3 disparaissent avec elle, de cet ordinateur portable et de ses sauvegardes maintenant, et du bureau central à la prochaine synchronisation. C’est irréversible&#xa0;: pour qu’une activité ne compte plus, annulez-la plutôt.</translation>
    </message>
    <message>
        <source>Outreach — erase for good</source>
        <translation>Outreach — effacer définitivement</translation>
    </message>
    <message>
        <source>Erasing “%1”…</source>
        <translation>Effacement de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Erased “%1” for good (no backup held it).</source>
        <translation>Effacement définitif de «&#xa0;%1&#xa0;» terminé (aucune sauvegarde ne le contenait).</translation>
    </message>
</context>
<context>
    <name>PurgeWords</name>
    <message numerus="yes">
        <source>%Ln tally entry(ies)</source>
        <translation>
            <numerusform>%Ln saisie</numerusform>
            <numerusform>%Ln saisies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correction(s)</source>
        <translation>
            <numerusform>%Ln annulation</numerusform>
            <numerusform>%Ln annulations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased “%1”, but %Ln backup(s) could not be rewritten: %2</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a été effacé ici, mais %Ln sauvegarde n’a pas pu être réécrite&#xa0;: %2</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a été effacé ici, mais %Ln sauvegardes n’ont pas pu être réécrites&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased “%1” for good, here and in %Ln backup(s).</source>
        <translation>
            <numerusform>Effacement définitif de «&#xa0;%1&#xa0;» terminé, ici et dans %Ln sauvegarde.</numerusform>
            <numerusform>Effacement définitif de «&#xa0;%1&#xa0;» terminé, ici et dans %Ln sauvegardes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingsEntry</name>
    <message>
        <source>Outreach — ratings: %1, %2</source>
        <translation>Outreach — notes&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Ratings for “%1” on %2</source>
        <translation>Notes pour «&#xa0;%1&#xa0;» du %2</translation>
    </message>
    <message>
        <source>Type each rating from the paper form, 1 to 5: before, then after, statement by statement. Enter leaves a box empty; Enter on a full form saves it and starts the next participant. Backspace goes back; Ctrl+Z takes back the last form saved.</source>
        <translation>Tapez chaque note du formulaire papier, de 1 à 5&#xa0;: avant, puis après, énoncé par énoncé. Entrée laisse une case vide; Entrée sur un formulaire rempli l’enregistre et passe au participant suivant. Retour arrière revient en arrière; Ctrl+Z reprend le dernier formulaire enregistré.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Save form (Enter)</source>
        <translation>Enregistrer le formulaire (Entrée)</translation>
    </message>
    <message>
        <source>Undo last form (Ctrl+Z)</source>
        <translation>Reprendre le dernier formulaire (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>%1 is not a rating: type 1 to 5.</source>
        <translation>%1 n’est pas une note&#xa0;: tapez 1 à 5.</translation>
    </message>
    <message>
        <source>This form is full: Enter saves it, Backspace goes back.</source>
        <translation>Ce formulaire est rempli&#xa0;: Entrée l’enregistre, Retour arrière revient en arrière.</translation>
    </message>
    <message>
        <source>Form complete: Enter saves it.</source>
        <translation>Formulaire rempli&#xa0;: Entrée l’enregistre.</translation>
    </message>
    <message>
        <source>Nothing typed on this form yet.</source>
        <translation>Rien n’est encore saisi sur ce formulaire.</translation>
    </message>
    <message>
        <source>Participant %1 saved.</source>
        <translation>Participant %1 enregistré.</translation>
    </message>
    <message>
        <source>No form saved in this sitting to take back.</source>
        <translation>Aucun formulaire enregistré dans cette séance à reprendre.</translation>
    </message>
    <message>
        <source>Took back participant %1&apos;s form.</source>
        <translation>Formulaire du participant %1 repris.</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>Statement %1, %2: %3</source>
        <translation>Énoncé %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) saved</source>
        <translation>
            <numerusform>%n formulaire enregistré</numerusform>
            <numerusform>%n formulaires enregistrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Areas served</source>
        <translation>Secteurs desservis</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Community conversation</source>
        <translation>Conversation communautaire</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Groupe de discussion</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Sous</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Outreach report</source>
        <translation>Rapport des activités de proximité</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Toutes les municipalités</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Plans distributed</source>
        <translation>Plans remis</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Plans before {day}</source>
        <translation>Plans remis avant le {day}</translation>
    </message>
    <message>
        <source>Plans in total</source>
        <translation>Plans remis au total</translation>
    </message>
    <message>
        <source>More confident</source>
        <translation>Plus en confiance</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>yes {yes} · no {no} · not sure {unsure}</source>
        <translation>oui {yes} · non {no} · je ne sais pas {unsure}</translation>
    </message>
    <message>
        <source>{percent} yes</source>
        <translation>{percent} de oui</translation>
    </message>
    <message>
        <source>Ready for your update</source>
        <translation>Prêt pour votre mise à jour</translation>
    </message>
    <message>
        <source>Plans handed out at each event</source>
        <translation>Plans remis à chaque activité</translation>
    </message>
    <message>
        <source>Plans per event, by week</source>
        <translation>Plans par activité, par semaine</translation>
    </message>
    <message>
        <source>Plans per event, by month</source>
        <translation>Plans par activité, par mois</translation>
    </message>
    <message>
        <source>More confident after the review?</source>
        <translation>Plus en confiance après la présentation?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>Aucune activité pendant cette période.</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>Par municipalité</translation>
    </message>
    <message>
        <source>By plan</source>
        <translation>Par plan</translation>
    </message>
    <message>
        <source>Plans by name</source>
        <translation>Plans par nom</translation>
    </message>
    <message>
        <source>By event</source>
        <translation>Par activité</translation>
    </message>
    <message>
        <source>Source devices</source>
        <translation>Appareils sources</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Dernière saisie</translation>
    </message>
    <message>
        <source>% yes</source>
        <translation>% oui</translation>
    </message>
    <message>
        <source>Baselines (no plan named)</source>
        <translation>Données de départ (sans plan)</translation>
    </message>
    <message>
        <source>Generated on {day} by Outreach</source>
        <translation>Produit le {day} par Outreach</translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation>page {n}</translation>
    </message>
    <message>
        <source>Survey flyers left</source>
        <translation>Dépliants du sondage laissés</translation>
    </message>
    <message>
        <source>{left} in {visits}</source>
        <translation>{left} dans {visits}</translation>
    </message>
    <message>
        <source>No community events from {start} to {end}.</source>
        <translation>Aucune activité communautaire du {start} au {end}.</translation>
    </message>
    <message>
        <source>Attended 1 community event on {day}</source>
        <translation>Participation à 1 activité communautaire le {day}</translation>
    </message>
    <message>
        <source>Attended {count} community events from {first} to {last}</source>
        <translation>Participation à {count} activités communautaires du {first} au {last}</translation>
    </message>
    <message>
        <source>, in addition to the {count} distributed before {day}</source>
        <translation>, en plus des {count} remis avant le {day}</translation>
    </message>
    <message>
        <source>{percent} indicated they felt more confident in {topic} after receiving a review of the plans</source>
        <translation>{percent} ont indiqué se sentir plus en confiance pour {topic} après la présentation des plans</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan remis</numerusform>
            <numerusform>%n plans remis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety plan(s) distributed</source>
        <translation>
            <numerusform>%n plan de sécurité remis</numerusform>
            <numerusform>%n plans de sécurité remis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n answer(s)</source>
        <translation>
            <numerusform>sur %n réponse</numerusform>
            <numerusform>sur %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place visit(s)</source>
        <translation>
            <numerusform>%n lieu visité</numerusform>
            <numerusform>%n lieux visités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more event(s): export them with report --table events --format csv.</source>
        <translation>
            <numerusform>… et %n autre activité&#xa0;: exportez-la avec report --table events --format csv.</numerusform>
            <numerusform>… et %n autres activités&#xa0;: exportez-les avec report --table events --format csv.</numerusform>
        </translation>
    </message>
    <message>
        <source>supporting safety related to substance use</source>
        <translation>soutenir la sécurité liée à la consommation de substances</translation>
    </message>
    <message>
        <source>After the review, do you feel more confident {topic}?</source>
        <translation>Après la présentation, vous sentez-vous plus en confiance pour {topic}?</translation>
    </message>
    <message>
        <source>Project update</source>
        <translation>Mise à jour du projet</translation>
    </message>
    <message>
        <source>Meeting of {day}</source>
        <translation>Réunion du {day}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Key activities</source>
        <translation>Activités clés</translation>
    </message>
    <message>
        <source>Purpose and key activities</source>
        <translation>Objectif et activités clés</translation>
    </message>
    <message>
        <source>Accomplishments to date</source>
        <translation>Réalisations à ce jour</translation>
    </message>
    <message>
        <source>Steps completed</source>
        <translation>Étapes réalisées</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Action items for working-group members</source>
        <translation>Suivis pour les membres du groupe de travail</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Questions and comments are welcome.</source>
        <translation>Vos questions et commentaires sont les bienvenus.</translation>
    </message>
    <message>
        <source>Community events</source>
        <translation>Activités communautaires</translation>
    </message>
    <message>
        <source>Safety plans handed out</source>
        <translation>Plans de sécurité remis</translation>
    </message>
    <message>
        <source>, including the {count} handed out before {day}</source>
        <translation>, dont {count} remis avant le {day}</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{flyers} in {visits}.</source>
        <translation>{flyers} lors de {visits}.</translation>
    </message>
    <message>
        <source>{municipality}: {events}, {attendees}, {plans}</source>
        <translation>{municipality}&#xa0;: {events}, {attendees}, {plans}</translation>
    </message>
    <message>
        <source>{tag}: {flyers} in {visits}</source>
        <translation>{tag}&#xa0;: {flyers} lors de {visits}</translation>
    </message>
    <message>
        <source>Community survey</source>
        <translation>Sondage communautaire</translation>
    </message>
    <message>
        <source>{responses} to “{name}” to date ({complete} complete)</source>
        <translation>{responses} à «&#xa0;{name}&#xa0;» à ce jour (dont {complete} complètes)</translation>
    </message>
    <message>
        <source>, open until {day}</source>
        <translation>, ouvert jusqu’au {day}</translation>
    </message>
    <message>
        <source>{source}: {responses}</source>
        <translation>{source}&#xa0;: {responses}</translation>
    </message>
    <message>
        <source> ({value} per 100 flyers)</source>
        <translation> ({value} pour 100 dépliants)</translation>
    </message>
    <message>
        <source>No responses yet from flyers left at: {places} (restock or move)</source>
        <translation>Aucune réponse encore des dépliants laissés à&#xa0;: {places} (réapprovisionner ou déplacer)</translation>
    </message>
    <message>
        <source>flyers left ({tags})</source>
        <translation>dépliants laissés ({tags})</translation>
    </message>
    <message>
        <source>posts ({tags})</source>
        <translation>publications ({tags})</translation>
    </message>
    <message>
        <source>Week of {day}: {marks}</source>
        <translation>Semaine du {day}&#xa0;: {marks}</translation>
    </message>
    <message>
        <source>Responses per week: {name}</source>
        <translation>Réponses par semaine&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Sectors reached: {sectors}</source>
        <translation>Secteurs joints&#xa0;: {sectors}</translation>
    </message>
    <message>
        <source>Registered but not yet reached: {sectors}</source>
        <translation>Inscrits, mais pas encore joints&#xa0;: {sectors}</translation>
    </message>
    <message>
        <source>“{statement}”: {before} before, {after} after (mean of 1 to 5)</source>
        <translation>«&#xa0;{statement}&#xa0;»&#xa0;: {before} avant, {after} après (moyenne sur 5)</translation>
    </message>
    <message numerus="yes">
        <source>%n safety plan(s) handed out to date</source>
        <translation>
            <numerusform>%n plan de sécurité remis à ce jour</numerusform>
            <numerusform>%n plans de sécurité remis à ce jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey flyer(s) left</source>
        <translation>
            <numerusform>%n dépliant du sondage laissé</numerusform>
            <numerusform>%n dépliants du sondage laissés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flyer(s)</source>
        <translation>
            <numerusform>%n dépliant</numerusform>
            <numerusform>%n dépliants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more source tag(s)</source>
        <translation>
            <numerusform>… et %n autre étiquette de provenance</numerusform>
            <numerusform>… et %n autres étiquettes de provenance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more plan(s)</source>
        <translation>
            <numerusform>… et %n autre plan</numerusform>
            <numerusform>… et %n autres plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey response(s)</source>
        <translation>
            <numerusform>%n réponse au sondage</numerusform>
            <numerusform>%n réponses au sondage</numerusform>
        </translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Séances tenues</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <source>Organisations reached</source>
        <translation>Organismes joints</translation>
    </message>
    <message>
        <source>Sectors reached</source>
        <translation>Secteurs joints</translation>
    </message>
    <message>
        <source>Sectors registered but not reached</source>
        <translation>Secteurs inscrits mais non joints</translation>
    </message>
    <message>
        <source>Participants more confident</source>
        <translation>Participants plus en confiance</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation>Moyenne avant</translation>
    </message>
    <message>
        <source>Mean after</source>
        <translation>Moyenne après</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no before/after pairs yet</source>
        <translation>aucune paire avant/après pour l’instant</translation>
    </message>
    <message>
        <source>No trainings in this range.</source>
        <translation>Aucune formation pendant cette période.</translation>
    </message>
    <message>
        <source>Delivered {trainings} to {people} from {organisations} in {sectors}</source>
        <translation>Nous avons offert {trainings} à {people} de {organisations} dans {sectors}</translation>
    </message>
    <message>
        <source>Delivered {trainings}</source>
        <translation>Nous avons offert {trainings}</translation>
    </message>
    <message>
        <source>{percent} reported greater confidence after the training</source>
        <translation>{percent} ont dit se sentir plus en confiance après la formation</translation>
    </message>
    <message numerus="yes">
        <source>%n training(s)</source>
        <translation>
            <numerusform>%n formation</numerusform>
            <numerusform>%n formations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n first responder(s) and service provider(s)</source>
        <translation>
            <numerusform>%n premier intervenant ou fournisseur de services</numerusform>
            <numerusform>%n premiers intervenants et fournisseurs de services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisme</numerusform>
            <numerusform>%n organismes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s)</source>
        <translation>
            <numerusform>%n secteur</numerusform>
            <numerusform>%n secteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>What we heard: {title}</source>
        <translation>Ce que nous avons entendu&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Host or partner</source>
        <translation>Hôte ou partenaire</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Lens or audience</source>
        <translation>Angle ou public</translation>
    </message>
    <message>
        <source>{responses} ({themed} themed)</source>
        <translation>{responses} ({themed} classées par thème)</translation>
    </message>
    <message>
        <source>Invited organisations</source>
        <translation>Organismes invités</translation>
    </message>
    <message>
        <source>{invited} invited, {confirmed} confirmed, {attended} attended, {declined} declined, {no_answer} no answer</source>
        <translation>{invited} invités, {confirmed} confirmés, {attended} présents, {declined} refus, {no_answer} sans réponse</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Every theme</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Community conversation</source>
        <translation>Conversation communautaire</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Groupe de discussion</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Consultations and focus groups</source>
        <translation>Consultations et groupes de discussion</translation>
    </message>
    <message>
        <source>Held {consultations}</source>
        <translation>Nous avons tenu {consultations}</translation>
    </message>
    <message>
        <source> with {participants}</source>
        <translation> avec {participants}</translation>
    </message>
    <message>
        <source>; {responses} heard</source>
        <translation>; {responses} recueillies</translation>
    </message>
    <message>
        <source>, grouped into {themes}</source>
        <translation>, regroupées en {themes}</translation>
    </message>
    <message>
        <source>{kind}: {consultations} ({responses})</source>
        <translation>{kind}&#xa0;: {consultations} ({responses})</translation>
    </message>
    <message>
        <source>Community conversations</source>
        <translation>Conversations communautaires</translation>
    </message>
    <message>
        <source>Focus groups</source>
        <translation>Groupes de discussion</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevues</translation>
    </message>
    <message>
        <source>Other consultations</source>
        <translation>Autres consultations</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thème</numerusform>
            <numerusform>%n thèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>% yes</source>
        <translation>% oui</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Plans distributed</source>
        <translation>Plans remis</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Baselines (no plan named)</source>
        <translation>Données de référence (sans plan précis)</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre précédent</translation>
    </message>
    <message>
        <source>Season to date</source>
        <translation>Saison à ce jour</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>Language of the sentence and PDF</source>
        <translation>Langue de la phrase et du PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save a table as CSV</source>
        <translation>Enregistrer un tableau en CSV</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalités</translation>
    </message>
    <message>
        <source>Every entry</source>
        <translation>Toutes les saisies</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Update sentence</source>
        <translation>Phrase pour le compte rendu</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the sentence</source>
        <translation>Copier la phrase</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>Tableaux du rapport</translation>
    </message>
    <message>
        <source>By event</source>
        <translation>Par activité</translation>
    </message>
    <message>
        <source>By plan</source>
        <translation>Par plan</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>Par municipalité</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Plans distributed</source>
        <translation>Plans remis</translation>
    </message>
    <message>
        <source>Plans before the range</source>
        <translation>Plans remis avant la période</translation>
    </message>
    <message>
        <source>Plans in total</source>
        <translation>Plans remis au total</translation>
    </message>
    <message>
        <source>Felt more confident</source>
        <translation>Plus en confiance</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Toutes les municipalités</translation>
    </message>
    <message>
        <source>Plans before %1</source>
        <translation>Plans remis avant le %1</translation>
    </message>
    <message numerus="yes">
        <source>Felt more confident (%1 answer(s))</source>
        <translation>
            <numerusform>Plus en confiance (%1 réponse)</numerusform>
            <numerusform>Plus en confiance (%1 réponses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Felt more confident (no answers)</source>
        <translation>Plus en confiance (aucune réponse)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trainings sentence</source>
        <translation>Phrase sur les formations</translation>
    </message>
    <message>
        <source>Trainings: %1</source>
        <translation>Formations&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ResponseEditDialog</name>
    <message>
        <source>Outreach — edit a response</source>
        <translation>Outreach — modifier une réponse</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Réponse</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>start</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>end-of-day</source>
        <translation>fin de journée</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>before-restore</source>
        <translation>avant restauration</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>aucune activité</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln saisie</numerusform>
            <numerusform>%Ln saisies</numerusform>
        </translation>
    </message>
    <message>
        <source>made %1 (%2) on %3: %4, %5, %6</source>
        <translation>faite le %1 (%2) sur %3&#xa0;: %4, %5, %6</translation>
    </message>
    <message>
        <source>Made (UTC)</source>
        <translation>Faite (UTC)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur portable</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Outreach — restore from backup</source>
        <translation>Outreach — restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups in %1. Restoring replaces the database with the backup; the current file is kept as a backup first.</source>
        <translation>Sauvegardes dans %1. La restauration remplace la base de données par la sauvegarde; le fichier actuel est d’abord conservé comme sauvegarde.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Lecture des sauvegardes…</translation>
    </message>
    <message>
        <source>What the chosen backup holds</source>
        <translation>Contenu de la sauvegarde choisie</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Choisissez d’abord une sauvegarde dans la liste.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>good</source>
        <translation>intacte</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>Il n’y a encore aucune sauvegarde dans ce dossier.</translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation>Choisissez la sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>This backup is damaged: choose another.</source>
        <translation>Cette sauvegarde est endommagée&#xa0;: choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Outreach — replace the database?</source>
        <translation>Outreach — remplacer la base de données?</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?

The current file is kept as a backup first.</source>
        <translation>Remplacer la base de données par la sauvegarde %1?

Le fichier actuel est d’abord conservé comme sauvegarde.</translation>
    </message>
</context>
<context>
    <name>SafetyPlansScreen</name>
    <message>
        <source>Safety plans</source>
        <translation>Plans de sécurité</translation>
    </message>
    <message>
        <source>Area of the new plan</source>
        <translation>Secteur du nouveau plan</translation>
    </message>
    <message>
        <source>e.g. Leamington North</source>
        <translation>p. ex. Leamington-Nord</translation>
    </message>
    <message>
        <source>Municipality of the new plan</source>
        <translation>Municipalité du nouveau plan</translation>
    </message>
    <message>
        <source>e.g. Leamington</source>
        <translation>p. ex. Leamington</translation>
    </message>
    <message>
        <source>Language of the new plan</source>
        <translation>Langue du nouveau plan</translation>
    </message>
    <message>
        <source>Start &amp;plan</source>
        <translation>Commencer le &amp;plan</translation>
    </message>
    <message>
        <source>Start a plan with the starter sections</source>
        <translation>Commencer un plan avec les sections de départ</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation>M&amp;unicipalité</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Pu&amp;blish version</source>
        <translation>Pu&amp;blier la version</translation>
    </message>
    <message>
        <source>Publish the selected plan as its next version</source>
        <translation>Publier le plan choisi comme sa prochaine version</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Save the selected plan as a print-ready PDF</source>
        <translation>Enregistrer le plan choisi en PDF prêt à imprimer</translation>
    </message>
    <message>
        <source>Print layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Handout, 3 panels</source>
        <translation>Dépliant, 3 volets</translation>
    </message>
    <message>
        <source>Handout, 2 panels</source>
        <translation>Dépliant, 2 volets</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Tra&amp;nslate</source>
        <translation>Tra&amp;duire</translation>
    </message>
    <message>
        <source>Make a linked translation in the other language</source>
        <translation>Faire une traduction liée dans l’autre langue</translation>
    </message>
    <message>
        <source>Postal areas of the selected plan</source>
        <translation>Codes postaux du plan choisi</translation>
    </message>
    <message>
        <source>e.g. N8H N8X</source>
        <translation>p. ex. N8H N8X</translation>
    </message>
    <message>
        <source>Web copy of the selected plan (the QR code&apos;s link)</source>
        <translation>Version Web du plan choisi (le lien du code QR)</translation>
    </message>
    <message>
        <source>Partners printed on the selected plan</source>
        <translation>Partenaires imprimés sur le plan choisi</translation>
    </message>
    <message>
        <source>e.g. Town of Leamington</source>
        <translation>p. ex. Municipalité de Leamington</translation>
    </message>
    <message>
        <source>Sa&amp;ve details</source>
        <translation>E&amp;nregistrer les détails</translation>
    </message>
    <message>
        <source>Save the postal areas, web copy and partners</source>
        <translation>Enregistrer les codes postaux, la version Web et les partenaires</translation>
    </message>
    <message>
        <source>Selected plan</source>
        <translation>Plan choisi</translation>
    </message>
    <message>
        <source>P&amp;ostal areas</source>
        <translation>C&amp;odes postaux</translation>
    </message>
    <message>
        <source>&amp;Web copy</source>
        <translation>Version &amp;Web</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Select a plan in the list first.</source>
        <translation>Choisissez d’abord un plan dans la liste.</translation>
    </message>
    <message>
        <source>Plan started with the starter sections; edit them, then publish.</source>
        <translation>Plan commencé avec les sections de départ; modifiez-les, puis publiez.</translation>
    </message>
    <message>
        <source>Details saved; they show in the next version.</source>
        <translation>Détails enregistrés; ils paraîtront dans la prochaine version.</translation>
    </message>
    <message>
        <source>Published version %1 of “%2”: event buttons now hand it out.</source>
        <translation>Version %1 de «&#xa0;%2&#xa0;» publiée&#xa0;: les boutons des activités la remettent maintenant.</translation>
    </message>
    <message>
        <source>Translation made: the starter text is translated; translate the rest.</source>
        <translation>Traduction faite&#xa0;: le texte de départ est traduit; traduisez le reste.</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Enregistrer le plan en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
</context>
<context>
    <name>SafetyPlansTableModel</name>
    <message>
        <source>Draft</source>
        <translation>Ébauche</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Sections of the plan</source>
        <translation>Sections du plan</translation>
    </message>
    <message>
        <source>Steps of the selected section (F2 edits)</source>
        <translation>Étapes de la section choisie (F2 modifie)</translation>
    </message>
    <message>
        <source>Themes heard in the municipality</source>
        <translation>Thèmes entendus dans la municipalité</translation>
    </message>
    <message>
        <source>Title of a new section</source>
        <translation>Titre d’une nouvelle section</translation>
    </message>
    <message>
        <source>e.g. Public urination</source>
        <translation>p. ex. Uriner en public</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>A&amp;jouter la section</translation>
    </message>
    <message>
        <source>Add the section</source>
        <translation>Ajouter la section</translation>
    </message>
    <message>
        <source>Title of the selected section</source>
        <translation>Titre de la section choisie</translation>
    </message>
    <message>
        <source>Save t&amp;itle</source>
        <translation>Enregistrer le t&amp;itre</translation>
    </message>
    <message>
        <source>Save the section title</source>
        <translation>Enregistrer le titre de la section</translation>
    </message>
    <message>
        <source>Text of a new step</source>
        <translation>Texte d’une nouvelle étape</translation>
    </message>
    <message>
        <source>e.g. Call 911 if…</source>
        <translation>p. ex. Composez le 911 si…</translation>
    </message>
    <message>
        <source>Contact the new step names</source>
        <translation>Ressource nommée par la nouvelle étape</translation>
    </message>
    <message>
        <source>Add s&amp;tep</source>
        <translation>Ajouter l’é&amp;tape</translation>
    </message>
    <message>
        <source>Add the step</source>
        <translation>Ajouter l’étape</translation>
    </message>
    <message>
        <source>Set &amp;contact</source>
        <translation>Asso&amp;cier la ressource</translation>
    </message>
    <message>
        <source>Give the selected step the chosen contact</source>
        <translation>Associer la ressource choisie à l’étape choisie</translation>
    </message>
    <message>
        <source>Sections (Ctrl+Up/Down move, Delete removes)</source>
        <translation>Sections (Ctrl+Haut/Bas déplace, Suppr retire)</translation>
    </message>
    <message>
        <source>Heard in this municipality (tick what the section answers)</source>
        <translation>Entendu dans cette municipalité (cochez ce à quoi la section répond)</translation>
    </message>
    <message>
        <source>Quotes of the theme</source>
        <translation>Citations du thème</translation>
    </message>
    <message>
        <source>Titl&amp;e</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(aucune ressource)</translation>
    </message>
    <message>
        <source>Select or add a safety plan first.</source>
        <translation>Choisissez ou ajoutez d’abord un plan de sécurité.</translation>
    </message>
    <message>
        <source>Select or add a section first.</source>
        <translation>Choisissez ou ajoutez d’abord une section.</translation>
    </message>
    <message>
        <source>Section added; type its steps.</source>
        <translation>Section ajoutée; tapez ses étapes.</translation>
    </message>
    <message>
        <source>Select a step in the list first.</source>
        <translation>Choisissez d’abord une étape dans la liste.</translation>
    </message>
</context>
<context>
    <name>Sectors</name>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Pompiers</translation>
    </message>
    <message>
        <source>Paramedic services</source>
        <translation>Services paramédicaux</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Services sociaux</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Établissement des nouveaux arrivants</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Groupe communautaire</translation>
    </message>
    <message>
        <source>Faith group</source>
        <translation>Groupe confessionnel</translation>
    </message>
    <message>
        <source>Municipal government</source>
        <translation>Administration municipale</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Follow the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Nom de cet ordinateur portable</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Municipalité d’attache</translation>
    </message>
    <message>
        <source>Office key (age public key)</source>
        <translation>Clé du bureau central (clé publique age)</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d’exportation</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Choisir le dossier d’exportation</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Cet ordinateur portable</translation>
    </message>
    <message>
        <source>&amp;Laptop name:</source>
        <translation>Nom de l’&amp;ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Home &amp;municipality:</source>
        <translation>Municipalité d’a&amp;ttache&#xa0;:</translation>
    </message>
    <message>
        <source>Office &amp;key:</source>
        <translation>Clé du &amp;bureau central&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xport folder:</source>
        <translation>Dossier d’e&amp;xportation&#xa0;:</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation>Empreinte de la clé de signature</translation>
    </message>
    <message>
        <source>When this laptop&apos;s key changes, the office compares this with the key its import names before accepting it.</source>
        <translation>Quand la clé de cet ordinateur portable change, le bureau central la compare avec celle que nomme son importation avant de l’accepter.</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Clé de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Office this computer syncs with</source>
        <translation>Bureau central avec lequel cet ordinateur se synchronise</translation>
    </message>
    <message>
        <source>Make this computer the office…</source>
        <translation>Faire de cet ordinateur le bureau central…</translation>
    </message>
    <message>
        <source>Make this computer the office laptops enrol with</source>
        <translation>Faire de cet ordinateur le bureau central auquel s’inscrivent les ordinateurs portables</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is used the next time Outreach starts.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage d’Outreach.</translation>
    </message>
    <message>
        <source>Database file in use</source>
        <translation>Fichier de base de données utilisé</translation>
    </message>
    <message>
        <source>Move data folder…</source>
        <translation>Déplacer le dossier des données…</translation>
    </message>
    <message>
        <source>Move the database to another folder</source>
        <translation>Déplacer la base de données dans un autre dossier</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Ouvrir une autre base de données…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Ouvrir un autre fichier de base de données</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>backups beside the database</source>
        <translation>sauvegardes à côté de la base de données</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>How many backups are kept</source>
        <translation>Nombre de sauvegardes conservées</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Faire une sauvegarde maintenant</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>Restaurer la base de données à partir d’une sauvegarde</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Dossier des &amp;sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>Backups &amp;kept:</source>
        <translation>Sauvegardes &amp;conservées&#xa0;:</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Message des paramètres</translation>
    </message>
    <message>
        <source>Database file: %1
Backups go to: %2</source>
        <translation>Fichier de la base de données&#xa0;: %1
Les sauvegardes vont dans&#xa0;: %2</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Co&amp;mputer name:</source>
        <translation>Nom de l’&amp;ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>This computer is the office. Laptops enrol by comparing its signing key above.</source>
        <translation>Cet ordinateur est le bureau central. Les ordinateurs portables s’y inscrivent en comparant sa clé de signature ci-dessus.</translation>
    </message>
    <message>
        <source>Laptop of the office “%1” (%2), whose key is %3.</source>
        <translation>Ordinateur portable du bureau central «&#xa0;%1&#xa0;» (%2), dont la clé est %3.</translation>
    </message>
    <message>
        <source>No office yet: import the office&apos;s first bundle and compare its key.</source>
        <translation>Pas encore de bureau central&#xa0;: importez le premier lot du bureau central et comparez sa clé.</translation>
    </message>
    <message>
        <source>Outreach — make this computer the office?</source>
        <translation>Outreach — faire de cet ordinateur le bureau central?</translation>
    </message>
    <message>
        <source>The office imports every laptop&apos;s bundles, sends them on to the other laptops and alone may correct another device&apos;s records. Only one computer is the office.</source>
        <translation>Le bureau central importe les lots de tous les ordinateurs portables, les transmet aux autres et peut seul corriger les enregistrements d’un autre appareil. Un seul ordinateur est le bureau central.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Restart Outreach to use the new language.</source>
        <translation>Redémarrez Outreach pour utiliser la nouvelle langue.</translation>
    </message>
    <message>
        <source>Move the data folder to</source>
        <translation>Déplacer le dossier des données vers</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Ouvrir une autre base de données</translation>
    </message>
    <message>
        <source>Outreach databases (*.db);;All files (*)</source>
        <translation>Bases de données Outreach (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A backup is being made.</source>
        <translation>Une sauvegarde est en cours.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Sauvegarde faite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StakeholdersScreen</name>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Organisations invited to consultations. A contact is a professional&apos;s and stays out of every report.</source>
        <translation>Organismes invités aux consultations. La personne-ressource est un contact professionnel et n’apparaît dans aucun rapport.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>Ajouter comme nou&amp;veau</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Enre&amp;gistrer les modifications</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>Sec&amp;teur</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipalité</translation>
    </message>
    <message>
        <source>Contact &amp;role</source>
        <translation>&amp;Rôle de la personne-ressource</translation>
    </message>
    <message>
        <source>Contact na&amp;me</source>
        <translation>N&amp;om de la personne-ressource</translation>
    </message>
    <message>
        <source>Contact e&amp;mail</source>
        <translation>Cou&amp;rriel de la personne-ressource</translation>
    </message>
    <message>
        <source>Contact &amp;phone</source>
        <translation>&amp;Téléphone de la personne-ressource</translation>
    </message>
    <message>
        <source>Select an organisation in the list first.</source>
        <translation>Sélectionnez d’abord un organisme dans la liste.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>“%1” was already listed.</source>
        <translation>«&#xa0;%1&#xa0;» figurait déjà dans la liste.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>Survey report</source>
        <translation>Rapport du sondage</translation>
    </message>
    <message>
        <source>Survey report: {name}</source>
        <translation>Rapport du sondage&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Closes {day}</source>
        <translation>Prend fin le {day}</translation>
    </message>
    <message>
        <source>No closing date</source>
        <translation>Aucune date de clôture</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complètes</translation>
    </message>
    <message>
        <source>Without a source</source>
        <translation>Sans provenance</translation>
    </message>
    <message>
        <source>Unknown source</source>
        <translation>Provenance inconnue</translation>
    </message>
    <message>
        <source>After the closing date</source>
        <translation>Après la date de clôture</translation>
    </message>
    <message>
        <source>First response {first}, latest {last}</source>
        <translation>Première réponse le {first}, dernière le {last}</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Par provenance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Place or channel</source>
        <translation>Lieu ou canal</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>Dépliants</translation>
    </message>
    <message>
        <source>Per 100 flyers</source>
        <translation>Pour 100 dépliants</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Days to first</source>
        <translation>Jours avant la première</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>Par municipalité</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>Responses per week</source>
        <translation>Réponses par semaine</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Flyers left</source>
        <translation>Dépliants déposés</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Restock or move: flyers out for two weeks or more, no responses</source>
        <translation>À réapprovisionner ou à déplacer&#xa0;: dépliants déposés depuis deux semaines ou plus, aucune réponse</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>post ({channel})</source>
        <translation>publication ({channel})</translation>
    </message>
    <message>
        <source>No responses imported yet.</source>
        <translation>Aucune réponse importée pour l’instant.</translation>
    </message>
    <message>
        <source>Made with Outreach on {day}</source>
        <translation>Produit avec Outreach le {day}</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Outreach — import survey responses</source>
        <translation>Outreach — importer les réponses d’un sondage</translation>
    </message>
    <message>
        <source>Survey platform</source>
        <translation>Plateforme de sondage</translation>
    </message>
    <message>
        <source>Other (choose the columns)</source>
        <translation>Autre (choisir les colonnes)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Response id</source>
        <translation>Identifiant de réponse</translation>
    </message>
    <message>
        <source>Submission time</source>
        <translation>Heure d’envoi</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Source tag</source>
        <translation>Étiquette de provenance</translation>
    </message>
    <message>
        <source>Closed-answer columns to keep</source>
        <translation>Colonnes à réponse fermée à conserver</translation>
    </message>
    <message>
        <source>Kept for each response: a scrambled form of its id, the time, whether it is complete, the source tag and the closed answers ticked here. Free text, emails and phone numbers are never kept.</source>
        <translation>Conservés pour chaque réponse&#xa0;: une forme brouillée de son identifiant, l’heure, si elle est complète, l’étiquette de provenance et les réponses fermées cochées ici. Le texte libre, les courriels et les numéros de téléphone ne sont jamais conservés.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Closed-answer columns to keep (optional):</source>
        <translation>Colonnes à réponse fermée à conserver (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Recognised as a %1 export (%2).</source>
        <translation>Reconnu comme une exportation %1 (%2).</translation>
    </message>
    <message>
        <source>Read as a %1 export.</source>
        <translation>Lu comme une exportation %1.</translation>
    </message>
    <message>
        <source>No survey platform recognised: choose which column holds what.</source>
        <translation>Aucune plateforme de sondage reconnue&#xa0;: choisissez quelle colonne contient quoi.</translation>
    </message>
    <message>
        <source>(none: derive one from each row)</source>
        <translation>(aucune&#xa0;: en tirer un de chaque ligne)</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(choisir une colonne)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s) read: %2 new, %3 already here, %4 incomplete, %5 without a source.</source>
        <translation>
            <numerusform>%Ln réponse lue&#xa0;: %2 nouvelles, %3 déjà ici, %4 incomplètes, %5 sans provenance.</numerusform>
            <numerusform>%Ln réponses lues&#xa0;: %2 nouvelles, %3 déjà ici, %4 incomplètes, %5 sans provenance.</numerusform>
        </translation>
    </message>
    <message>
        <source>This export has no response id: each one is derived from the row&apos;s time and answers.</source>
        <translation>Cette exportation n’a pas d’identifiant de réponse&#xa0;: chacun est tiré de l’heure et des réponses de la ligne.</translation>
    </message>
</context>
<context>
    <name>SurveyPostsPanel</name>
    <message>
        <source>Posts (social media, newsletters)</source>
        <translation>Publications (médias sociaux, bulletins)</translation>
    </message>
    <message>
        <source>e.g. fb-2025-10-07</source>
        <translation>p. ex. fb-2025-10-07</translation>
    </message>
    <message>
        <source>Post source tag</source>
        <translation>Étiquette de provenance de la publication</translation>
    </message>
    <message>
        <source>Source tag</source>
        <translation>Étiquette de provenance</translation>
    </message>
    <message>
        <source>e.g. facebook</source>
        <translation>p. ex. facebook</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Post date</source>
        <translation>Date de la publication</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Add post</source>
        <translation>Ajouter la publication</translation>
    </message>
    <message>
        <source>Recorded posts</source>
        <translation>Publications enregistrées</translation>
    </message>
    <message>
        <source>Post %1 added.</source>
        <translation>Publication %1 ajoutée.</translation>
    </message>
</context>
<context>
    <name>SurveyWeeksChart</name>
    <message>
        <source>Chart: survey responses per week, with flyer drops and posts</source>
        <translation>Graphique&#xa0;: réponses au sondage par semaine, avec les dépôts de dépliants et les publications</translation>
    </message>
    <message>
        <source>Responses per week</source>
        <translation>Réponses par semaine</translation>
    </message>
    <message>
        <source>No responses imported yet</source>
        <translation>Aucune réponse importée pour l’instant</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Flyers left</source>
        <translation>Dépliants déposés</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
</context>
<context>
    <name>SurveysScreen</name>
    <message>
        <source>Survey</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <source>Import responses…</source>
        <translation>Importer des réponses…</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Place or channel</source>
        <translation>Lieu ou canal</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>Dépliants</translation>
    </message>
    <message>
        <source>Per 100 flyers</source>
        <translation>Pour 100 dépliants</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Days to first</source>
        <translation>Jours avant la première</translation>
    </message>
    <message>
        <source>Responses per source</source>
        <translation>Réponses par provenance</translation>
    </message>
    <message>
        <source>Survey details</source>
        <translation>Détails du sondage</translation>
    </message>
    <message>
        <source>Posts (social media, newsletters)</source>
        <translation>Publications (médias sociaux, bulletins)</translation>
    </message>
    <message>
        <source>Save a survey</source>
        <translation>Enregistrer un sondage</translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s), %2 complete, %3 without a source, %4 with an unknown source (%5).</source>
        <translation>
            <numerusform>%Ln réponse, %2 complètes, %3 sans provenance, %4 de provenance inconnue (%5).</numerusform>
            <numerusform>%Ln réponses, %2 complètes, %3 sans provenance, %4 de provenance inconnue (%5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Survey name</source>
        <translation>Nom du sondage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Survey link</source>
        <translation>Lien du sondage</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Closes (optional)</source>
        <translation>Prend fin le (facultatif)</translation>
    </message>
    <message>
        <source>Survey municipality</source>
        <translation>Municipalité du sondage</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>Save survey</source>
        <translation>Enregistrer le sondage</translation>
    </message>
    <message>
        <source>No survey saved yet: save one below, then import its responses.</source>
        <translation>Aucun sondage enregistré pour l’instant&#xa0;: enregistrez-en un ci-dessous, puis importez ses réponses.</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>prend fin le %1</translation>
    </message>
    <message>
        <source>no closing date</source>
        <translation>aucune date de clôture</translation>
    </message>
    <message>
        <source>%1: %2 responses from %3 flyers (%4 per 100)</source>
        <translation>%1&#xa0;: %2 réponses pour %3 dépliants (%4 pour 100)</translation>
    </message>
    <message>
        <source>By municipality: %1</source>
        <translation>Par municipalité&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Restock or move (flyers out two weeks or more, no responses): %1</source>
        <translation>À réapprovisionner ou à déplacer (dépliants déposés depuis deux semaines ou plus, aucune réponse)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Survey saved.</source>
        <translation>Sondage enregistré.</translation>
    </message>
    <message>
        <source>Outreach — choose a survey export</source>
        <translation>Outreach — choisir une exportation de sondage</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Exportations de sondage (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Outreach — save the survey report</source>
        <translation>Outreach — enregistrer le rapport du sondage</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>Naloxone and overdose response</source>
        <translation>Naloxone et intervention en cas de surdose</translation>
    </message>
    <message>
        <source>Mental-health first aid</source>
        <translation>Premiers soins en santé mentale</translation>
    </message>
    <message>
        <source>Trauma-informed practice</source>
        <translation>Pratique tenant compte des traumatismes</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>pick or type a topic</source>
        <translation>choisissez ou tapez un sujet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 09:30</source>
        <translation>HH:MM, p. ex. 09:30</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>e.g. Leamington fire hall</source>
        <translation>p. ex. caserne de pompiers de Leamington</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>Delivering partner</source>
        <translation>Partenaire qui donne la formation</translation>
    </message>
    <message>
        <source>e.g. CMHA Windsor-Essex</source>
        <translation>p. ex. ACSM Windsor-Essex</translation>
    </message>
    <message>
        <source>Facilitator initials</source>
        <translation>Initiales de l’animateur</translation>
    </message>
    <message>
        <source>e.g. JT</source>
        <translation>p. ex. JT</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>places available</source>
        <translation>places offertes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>anything the office should know</source>
        <translation>ce que le bureau central devrait savoir</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Sujet</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipalité</translation>
    </message>
    <message>
        <source>Partn&amp;er</source>
        <translation>Pa&amp;rtenaire</translation>
    </message>
    <message>
        <source>Faci&amp;litator</source>
        <translation>Anima&amp;teur</translation>
    </message>
    <message>
        <source>Capacit&amp;y</source>
        <translation>Capacit&amp;é</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Save training</source>
        <translation>Enregistrer la formation</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>Vider le formulaire</translation>
    </message>
    <message>
        <source>Clear the form for a new training</source>
        <translation>Vider le formulaire pour une nouvelle formation</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Nouvelle formation</translation>
    </message>
    <message>
        <source>Edit training</source>
        <translation>Modifier la formation</translation>
    </message>
</context>
<context>
    <name>TrainingsScreen</name>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Sho&amp;w past trainings</source>
        <translation>Afficher les formations &amp;passées</translation>
    </message>
    <message>
        <source>Show past trainings</source>
        <translation>Afficher les formations passées</translation>
    </message>
    <message>
        <source>▶ Enter &amp;ratings</source>
        <translation>▶ Saisir les &amp;notes</translation>
    </message>
    <message>
        <source>Enter before/after ratings for the selected training</source>
        <translation>Saisir les notes avant/après de la formation choisie</translation>
    </message>
    <message>
        <source>&amp;Cancel training</source>
        <translation>Ann&amp;uler la formation</translation>
    </message>
    <message>
        <source>Cancel the selected training</source>
        <translation>Annuler la formation choisie</translation>
    </message>
    <message>
        <source>&amp;New training</source>
        <translation>Nou&amp;velle formation</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Nouvelle formation</translation>
    </message>
    <message>
        <source>Select a training first.</source>
        <translation>Choisissez d’abord une formation.</translation>
    </message>
    <message>
        <source>No trainings today or later. Fill in the form on the right (New training, Ctrl+N) or tick “Show past trainings”.</source>
        <translation>Aucune formation aujourd’hui ni plus tard. Remplissez le formulaire à droite (Nouvelle formation, Ctrl+N) ou cochez «&#xa0;Afficher les formations passées&#xa0;».</translation>
    </message>
    <message>
        <source>Today and upcoming trainings</source>
        <translation>Formations d’aujourd’hui et à venir</translation>
    </message>
    <message>
        <source>All trainings</source>
        <translation>Toutes les formations</translation>
    </message>
    <message>
        <source>Reinstate training</source>
        <translation>Rétablir la formation</translation>
    </message>
    <message>
        <source>Training saved.</source>
        <translation>Formation enregistrée.</translation>
    </message>
    <message>
        <source>Reinstated “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» rétablie.</translation>
    </message>
    <message>
        <source>Cancelled “%1”: it no longer counts in reports.</source>
        <translation>«&#xa0;%1&#xa0;» annulée&#xa0;: elle ne compte plus dans les rapports.</translation>
    </message>
    <message>
        <source>“%1” is cancelled; reinstate it before entering ratings.</source>
        <translation>«&#xa0;%1&#xa0;» est annulée; rétablissez-la avant de saisir les notes.</translation>
    </message>
</context>
<context>
    <name>TrainingsTableModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
</context>
<context>
    <name>UpdatePanel</name>
    <message>
        <source>Write update</source>
        <translation>Écrire la mise à jour</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Municipalities (none ticked: all)</source>
        <translation>Municipalités (aucune cochée&#xa0;: toutes)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language of the update</source>
        <translation>Langue de la mise à jour</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Paper size of the Word and PDF files</source>
        <translation>Format de papier des fichiers Word et PDF</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>the project&apos;s name</source>
        <translation>le nom du projet</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>&amp;Write update…</source>
        <translation>Écrire la &amp;mise à jour…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalités</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>Pap&amp;er</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>&amp;Meeting date</source>
        <translation>&amp;Date de la réunion</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>None ticked: every municipality. Every number is the Reports screen&apos;s for the range.</source>
        <translation>Aucune cochée&#xa0;: toutes les municipalités. Chaque chiffre est celui de l’écran Rapports pour la période.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Save the update</source>
        <translation>Enregistrer la mise à jour</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error: %1: %2</source>
        <translation>Erreur inattendue&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Outreach — cannot open the database</source>
        <translation>Outreach — impossible d’ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>unexpected error: %1: %2</source>
        <translation>erreur inattendue&#xa0;: %1&#xa0;: %2</translation>
    </message>
</context>
</TS>
